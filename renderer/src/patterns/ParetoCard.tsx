// "Where do we keep failing": the Pareto of root causes, by count or by compensation cost.
import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Pareto, Period } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { ChartCard } from './ChartCard';
import { pct } from './figures';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { ParetoChart } from './ParetoChart';
import { NO_INCIDENTS_NEXT, paretoReading, undiagnosedWords } from './readings';
import { EmptyChart } from './EmptyChart';
import { useChartColors } from './useChartColors';

export function ParetoCard({ data, period }: { data: Pareto; period: Period }) {
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
      ? 'Nothing was given for an incident with a root cause in this period.'
      : data.undiagnosed > 0
        ? 'No incident in this period has a root cause yet: diagnose them in To diagnose.'
        : NO_INCIDENTS_NEXT;

  return (
    <ChartCard
      title="Top root causes"
      reading={paretoReading(rows, by === 'count' ? 'incidents' : 'compensation')}
      height={280}
      controls={
        <SegmentedControl
          size="xs"
          aria-label="Measure root causes"
          data={[
            { value: 'count', label: 'By count' },
            { value: 'cost', label: 'By cost' },
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
            valueName={by === 'count' ? 'Incidents' : 'Compensation'}
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
          caption="Top root causes"
          columns={['Root cause', 'Group', by === 'count' ? 'Incidents' : 'Compensation', 'Cumulative share']}
          rows={rows.map((r) => ({
            key: String(r.rootCauseId),
            label: r.name,
            to: link(r.rootCauseId),
            cells: [r.group, formatValue(r.value), pct(r.cumulativeShare)],
          }))}
        />
      }
      footer={
        <Text size="sm" mt="xs">
          {undiagnosedWords(data)}
        </Text>
      }
    />
  );
}
