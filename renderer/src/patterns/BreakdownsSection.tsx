// Where incidents come in and what they are: by channel, category and severity. About the system, never people.
import { SimpleGrid } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { Breakdowns, Period } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { pct } from './figures';
import { HBarChart } from './HBarChart';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { topShare } from './readings';
import { useChartColors } from './useChartColors';

interface Row {
  key: string;
  label: string;
  incidents: number;
  to: string | undefined;
}

/** The reading of the largest row, e.g. "Most come in person (45%)". */
type Reading = (top: Row, share: string) => string;

function Breakdown({ title, rows, reading }: { title: string; rows: Row[]; reading: Reading }) {
  const t = useT();
  const fmt = useFormat();
  const colors = useChartColors();
  const navigate = useNavigate();
  const total = rows.reduce((s, r) => s + r.incidents, 0);
  const top = topShare(rows, (r) => r.incidents);
  return (
    <ChartCard
      title={title}
      reading={top ? reading(top.row, pct(top.share)) : t('patterns.reading.noIncidents')}
      height={200}
      chart={
        total === 0 ? (
          <EmptyChart text={t('patterns.breakdowns.empty')} />
        ) : (
          <HBarChart
            data={rows.map((r) => ({ label: r.label, value: r.incidents }))}
            colors={colors}
            name={t('patterns.column.incidents')}
            fill={colors.c('blue', 6, 4)}
            formatValue={fmt.count}
            onBarClick={(i) => {
              const to = rows[i]?.to;
              if (to) void navigate(to);
            }}
          />
        )
      }
      table={
        <NumbersTable
          caption={title}
          columns={['', t('patterns.column.incidents'), t('patterns.column.share')]}
          rows={rows.map((r) => ({ key: r.key, label: r.label, to: r.to, cells: [fmt.count(r.incidents), pct(total ? r.incidents / total : null)] }))}
        />
      }
    />
  );
}

export function BreakdownsSection({ data, period }: { data: Breakdowns; period: Period }) {
  const t = useT();
  const labels = useLabels();
  const { locale: language } = useIntl();
  /** A category's name inside a sentence: lower case, but German nouns keep their capital. */
  const inSentence = (name: string) => (language === 'de' ? name : name.toLocaleLowerCase(language));
  const byCount = (a: Row, b: Row) => b.incidents - a.incidents;
  const channels = data.byChannel
    .map((c) => ({ key: c.channel, label: labels.channel(c.channel), incidents: c.incidents, to: journalLink(period, { channel: c.channel }) }))
    .sort(byCount);
  const categories = data.byCategory
    .map((c) => ({
      key: String(c.categoryId ?? 'none'),
      label: c.name ?? t('patterns.breakdowns.noCategory'),
      incidents: c.incidents,
      to: c.categoryId === null ? undefined : journalLink(period, { category: c.categoryId }),
    }))
    .sort(byCount);
  // Severity keeps its own order, minor to critical.
  const severities = data.bySeverity.map((s) => ({
    key: String(s.severity),
    label: labels.severity(s.severity),
    incidents: s.incidents,
    to: journalLink(period, { severity: s.severity }),
  }));
  return (
    <SimpleGrid cols={3} spacing="md">
      <Breakdown
        title={t('patterns.breakdowns.byChannel')}
        rows={channels}
        reading={(top, share) => t('patterns.breakdowns.channelReading', { channel: top.key, share })}
      />
      <Breakdown
        title={t('patterns.breakdowns.byCategory')}
        rows={categories}
        reading={(top, share) => t('patterns.breakdowns.categoryReading', { category: inSentence(top.label), share })}
      />
      <Breakdown
        title={t('patterns.breakdowns.bySeverity')}
        rows={severities}
        reading={(top, share) => t('patterns.breakdowns.severityReading', { severity: top.label.toLocaleLowerCase(language), share })}
      />
    </SimpleGrid>
  );
}
