// "Is it getting better": incidents per week (per month for long periods) by root-cause group.
import { useNavigate } from 'react-router';
import type { Period, Trend } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { NO_INCIDENTS_NEXT, trendReading } from './readings';
import { TrendChart, type TrendPoint } from './TrendChart';
import { GROUPS } from './chartColors';
import { useChartColors } from './useChartColors';

export function TrendCard({ data, period }: { data: Trend; period: Period }) {
  const fmt = useFormat();
  const colors = useChartColors();
  const navigate = useNavigate();
  const withYear = spansYears(data.points.map((p) => p.start));
  const points: TrendPoint[] = data.points.map((p) => ({
    label: bucketLabel(p.start, data.bucket, fmt.locale, withYear),
    title: bucketTitle(p.start, data.bucket, fmt.locale),
    ...Object.fromEntries(GROUPS.map((g) => [g, p.byGroup[g] ?? 0])),
  })) as TrendPoint[];
  const groups = GROUPS.filter((g) => data.points.some((p) => (p.byGroup[g] ?? 0) > 0));
  const link = (i: number) => {
    const p = data.points[i];
    // A bucket can reach past the period's edges; the counts do not.
    return p ? journalLink({ from: p.start < period.from ? period.from : p.start, to: p.end > period.to ? period.to : p.end }) : undefined;
  };

  return (
    <ChartCard
      title={`Incidents per ${data.bucket}`}
      reading={trendReading(data)}
      height={280}
      chart={
        groups.length === 0 ? (
          <EmptyChart text={NO_INCIDENTS_NEXT} />
        ) : (
          <TrendChart
            data={points}
            groups={groups}
            colors={colors}
            onBarClick={(i) => {
              const to = link(i);
              if (to) void navigate(to);
            }}
          />
        )
      }
      table={
        <NumbersTable
          caption={`Incidents per ${data.bucket} by root-cause group`}
          columns={[data.bucket === 'week' ? 'Week' : 'Month', 'Total', ...groups]}
          rows={data.points.map((p, i) => ({
            key: p.start,
            label: points[i]?.title ?? p.start,
            to: link(i),
            cells: [fmt.count(p.total), ...groups.map((g) => fmt.count(p.byGroup[g] ?? 0))],
          }))}
        />
      }
    />
  );
}
