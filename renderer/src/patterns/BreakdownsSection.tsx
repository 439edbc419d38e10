// Where incidents come in and what they are: by channel, category and severity. About the system, never people.
import { SimpleGrid } from '@mantine/core';
import { useNavigate } from 'react-router';
import { CHANNEL_LABELS, SEVERITY_LABELS, type Channel } from '../../../shared/domain';
import type { Breakdowns, Period } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { pct } from './figures';
import { HBarChart } from './HBarChart';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { topShare } from './readings';
import { useChartColors } from './useChartColors';

const HOW: Record<Channel, string> = {
  in_person: 'in person',
  phone: 'by phone',
  email: 'by email',
  web: 'on the web',
  social: 'on social media',
  mail: 'by mail',
  other: 'some other way',
};

interface Row {
  key: string;
  label: string;
  incidents: number;
  to: string | undefined;
}

function Breakdown({ title, rows, lead }: { title: string; rows: Row[]; lead: (label: string) => string }) {
  const fmt = useFormat();
  const colors = useChartColors();
  const navigate = useNavigate();
  const total = rows.reduce((s, r) => s + r.incidents, 0);
  const top = topShare(rows, (r) => r.incidents);
  return (
    <ChartCard
      title={title}
      reading={top ? `${lead(top.row.label)} (${pct(top.share)}).` : 'No incidents in this period.'}
      height={200}
      chart={
        total === 0 ? (
          <EmptyChart text="No incidents." />
        ) : (
          <HBarChart
            data={rows.map((r) => ({ label: r.label, value: r.incidents }))}
            colors={colors}
            name="Incidents"
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
          columns={['', 'Incidents', 'Share']}
          rows={rows.map((r) => ({ key: r.key, label: r.label, to: r.to, cells: [fmt.count(r.incidents), pct(total ? r.incidents / total : null)] }))}
        />
      }
    />
  );
}

export function BreakdownsSection({ data, period }: { data: Breakdowns; period: Period }) {
  const byCount = (a: Row, b: Row) => b.incidents - a.incidents;
  const channels = data.byChannel
    .map((c) => ({ key: c.channel, label: CHANNEL_LABELS[c.channel], incidents: c.incidents, to: journalLink(period, { channel: c.channel }) }))
    .sort(byCount);
  const categories = data.byCategory
    .map((c) => ({
      key: String(c.categoryId ?? 'none'),
      label: c.name ?? 'No category',
      incidents: c.incidents,
      to: c.categoryId === null ? undefined : journalLink(period, { category: c.categoryId }),
    }))
    .sort(byCount);
  // Severity keeps its own order, minor to critical.
  const severities = data.bySeverity.map((s) => ({
    key: String(s.severity),
    label: SEVERITY_LABELS[s.severity],
    incidents: s.incidents,
    to: journalLink(period, { severity: s.severity }),
  }));
  return (
    <SimpleGrid cols={3} spacing="md">
      <Breakdown title="By channel" rows={channels} lead={(l) => `Most come ${HOW[channels.find((c) => c.label === l)?.key ?? 'other']}`} />
      <Breakdown title="By category" rows={categories} lead={(l) => `Most are ${l.toLocaleLowerCase()}`} />
      <Breakdown title="By severity" rows={severities} lead={(l) => `Most are ${l.toLocaleLowerCase()}`} />
    </SimpleGrid>
  );
}
