// "Is it getting better": incidents per week (per month for long periods) by root-cause group.
import { useNavigate } from 'react-router';
import type { Period, Trend } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { journalLink } from './journalLink';
import { NumbersTable } from './NumbersTable';
import { trendReading } from './readings';
import { TrendChart, type TrendPoint } from './TrendChart';
import { GROUPS } from './chartColors';
import { useChartColors } from './useChartColors';
import { useGroupLabel } from './useGroupLabel';

export function TrendCard({ data, period }: { data: Trend; period: Period }) {
  const t = useT();
  const groupLabel = useGroupLabel();
  const fmt = useFormat();
  const colors = useChartColors();
  const navigate = useNavigate();
  const withYear = spansYears(data.points.map((p) => p.start));
  const points: TrendPoint[] = data.points.map((p) => ({
    label: bucketLabel(p.start, data.bucket, fmt.locale, withYear),
    title: bucketTitle(p.start, data.bucket, fmt.locale, t),
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
      title={t('patterns.trend.title', { bucket: data.bucket })}
      reading={trendReading(data, t, fmt.count)}
      height={280}
      chart={
        groups.length === 0 ? (
          <EmptyChart text={t('patterns.reading.noIncidentsNext')} />
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
          caption={t('patterns.trend.caption', { bucket: data.bucket })}
          columns={[data.bucket === 'week' ? t('patterns.column.week') : t('patterns.column.month'), t('patterns.column.total'), ...groups.map(groupLabel)]}
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
