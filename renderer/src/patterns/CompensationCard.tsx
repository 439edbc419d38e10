// "What does it cost": compensation per month touching the period.
import type { Trend } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { CompensationChart } from './CompensationChart';
import { EmptyChart } from './EmptyChart';
import { DASH } from './figures';
import { NumbersTable } from './NumbersTable';
import { topShare } from './readings';
import { useChartColors } from './useChartColors';

export function CompensationCard({ data }: { data: Trend['compensationByMonth'] }) {
  const t = useT();
  const fmt = useFormat();
  const colors = useChartColors();
  const withYear = spansYears(data.map((m) => m.start));
  const points = data.map((m) => ({
    label: bucketLabel(m.start, 'month', fmt.locale, withYear),
    title: bucketTitle(m.start, 'month', fmt.locale, t),
    compensation: m.compensation,
  }));
  const total = data.reduce((s, m) => s + m.compensation, 0);
  const top = topShare(points, (p) => p.compensation);
  const only = data.length === 1 ? points[0] : undefined;
  const reading =
    total === 0
      ? t('patterns.compensation.none')
      : only
        ? t('patterns.compensation.oneMonth', { money: fmt.money(total), month: only.title })
        : t('patterns.compensation.months', { total: fmt.money(total), month: top?.row.title ?? DASH, most: fmt.money(top?.row.compensation ?? 0) });

  return (
    <ChartCard
      title={t('patterns.compensation.title')}
      reading={reading}
      height={180}
      chart={total === 0 ? <EmptyChart text={t('patterns.compensation.empty')} /> : <CompensationChart data={points} colors={colors} formatMoney={fmt.money} />}
      table={
        <NumbersTable
          caption={t('patterns.compensation.title')}
          columns={[t('patterns.column.month'), t('patterns.column.compensation')]}
          rows={points.map((p, i) => ({ key: data[i]?.month ?? p.title, label: p.title, cells: [fmt.money(p.compensation)] }))}
        />
      }
    />
  );
}
