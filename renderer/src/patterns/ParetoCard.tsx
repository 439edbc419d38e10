// "Where do we keep failing": the Pareto of root causes, by count or by compensation cost.
import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Pareto, Period } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { ChartCard } from './ChartCard';
import { pct } from './figures';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { ParetoChart } from './ParetoChart';
import { paretoReading, undiagnosedWords } from './readings';
import { EmptyChart } from './EmptyChart';
import { useChartColors } from './useChartColors';

export function ParetoCard({ data, period }: { data: Pareto; period: Period }) {
  const t = useT();
  const labels = useLabels();
  const [by, setBy] = useState<'count' | 'cost'>('count');
  const fmt = useFormat();
  const colors = useChartColors();
  const navigate = useNavigate();
  const rows =
    by === 'count'
      ? data.byCount.map((r) => ({ ...r, value: r.incidents }))
      : data.byCost.map((r) => ({ ...r, value: r.compensation }));
  const formatValue = by === 'count' ? fmt.count : fmt.money;
  const points = rows.map((r) => ({ name: r.name, value: r.value, cumulative: Math.round(r.cumulativeShare * 1000) / 10 }));
  const link = (rootCauseId: number) => journalLink(period, { rootCauseId });
  // An empty chart says why, and what to do next.
  const emptyText =
    data.byCount.length > 0
      ? t('patterns.pareto.nothingGiven')
      : data.undiagnosed > 0
        ? t('patterns.pareto.noneDiagnosed')
        : t('patterns.reading.noIncidentsNext');
  const valueName = by === 'count' ? t('patterns.column.incidents') : t('patterns.column.compensation');

  return (
    <ChartCard
      title={t('patterns.pareto.title')}
      reading={paretoReading(rows, by === 'count' ? 'incidents' : 'compensation', t, fmt.count)}
      height={280}
      controls={
        <SegmentedControl
          size="xs"
          aria-label={t('patterns.pareto.measure')}
          data={[
            { value: 'count', label: t('patterns.pareto.byCount') },
            { value: 'cost', label: t('patterns.pareto.byCost') },
          ]}
          value={by}
          onChange={(v) => setBy(v === 'cost' ? 'cost' : 'count')}
        />
      }
      chart={
        rows.length === 0 ? (
          <EmptyChart text={emptyText} />
        ) : (
          <ParetoChart
            data={points}
            colors={colors}
            valueName={valueName}
            money={by === 'cost'}
            formatValue={formatValue}
            onBarClick={(i) => {
              const r = rows[i];
              if (r) void navigate(link(r.rootCauseId));
            }}
          />
        )
      }
      table={
        <NumbersTable
          caption={t('patterns.pareto.title')}
          columns={[t('patterns.column.rootCause'), t('patterns.column.group'), valueName, t('patterns.pareto.cumulativeShare')]}
          rows={rows.map((r) => ({
            key: String(r.rootCauseId),
            label: r.name,
            to: link(r.rootCauseId),
            cells: [labels.causeGroup(r.group), formatValue(r.value), pct(r.cumulativeShare)],
          }))}
        />
      }
      footer={
        <Text size="sm" mt="xs">
          {undiagnosedWords(data, t, fmt.count)}
        </Text>
      }
    />
  );
}
