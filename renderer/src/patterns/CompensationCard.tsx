// "What does it cost": compensation per month touching the period.
import type { Trend } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { CompensationChart } from './CompensationChart';
import { EmptyChart } from './EmptyChart';
import { NumbersTable } from './NumbersTable';
import { topShare } from './readings';
import { useChartColors } from './useChartColors';

export function CompensationCard({ data }: { data: Trend['compensationByMonth'] }) {
  const fmt = useFormat();
  const colors = useChartColors();
  const withYear = spansYears(data.map((m) => m.start));
  const points = data.map((m) => ({
    label: bucketLabel(m.start, 'month', fmt.locale, withYear),
    title: bucketTitle(m.start, 'month', fmt.locale),
    compensation: m.compensation,
  }));
  const total = data.reduce((s, m) => s + m.compensation, 0);
  const top = topShare(points, (p) => p.compensation);
  const reading =
    total === 0
      ? 'No compensation given in these months.'
      : data.length === 1
        ? `${fmt.money(total)} given in ${points[0]?.title ?? 'the month'}.`
        : `${fmt.money(total)} in all; the most in ${top?.row.title ?? '–'} (${fmt.money(top?.row.compensation ?? 0)}).`;

  return (
    <ChartCard
      title="Compensation per month"
      reading={reading}
      height={180}
      chart={total === 0 ? <EmptyChart text="Nothing given." /> : <CompensationChart data={points} colors={colors} formatMoney={fmt.money} />}
      table={
        <NumbersTable
          caption="Compensation per month"
          columns={['Month', 'Compensation']}
          rows={points.map((p, i) => ({ key: data[i]?.month ?? p.title, label: p.title, cells: [fmt.money(p.compensation)] }))}
        />
      }
    />
  );
}
