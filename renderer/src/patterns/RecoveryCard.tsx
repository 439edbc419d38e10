// "Do we win them back": NPS before against after, recovery rate and retention per month.
import type { Period, Recovery } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { asPercent, npsText, pct } from './figures';
import { NumbersTable } from './NumbersTable';
import { RecoveryChart } from './RecoveryChart';
import { RecoveryHeadline } from './RecoveryHeadline';
import { useChartColors } from './useChartColors';

function reading({ overall }: Recovery): string {
  if (overall.npsBefore === null && overall.npsAfter === null) return 'No scores recorded in this period.';
  const nps = `NPS ${npsText(overall.npsBefore)} before the recovery, ${npsText(overall.npsAfter)} after`;
  return overall.recoveryRate === null ? `${nps}.` : `${nps}; ${pct(overall.recoveryRate)} of detractors won back.`;
}

export function RecoveryCard({ data, period }: { data: Recovery; period?: Period }) {
  const fmt = useFormat();
  const colors = useChartColors();
  const withYear = spansYears(data.byMonth.map((m) => `${m.month}-01`));
  const points = data.byMonth.map((m) => ({
    label: bucketLabel(`${m.month}-01`, 'month', fmt.locale, withYear),
    title: bucketTitle(`${m.month}-01`, 'month', fmt.locale),
    npsBefore: m.npsBefore,
    npsAfter: m.npsAfter,
    recoveryRate: asPercent(m.recoveryRate),
    retention: asPercent(m.retention),
  }));
  const scored = data.byMonth.some((m) => m.scored > 0);

  return (
    <ChartCard
      title="Recovery"
      reading={reading(data)}
      height={240}
      grows
      chart={
        <>
          <RecoveryHeadline overall={data.overall} period={period} />
          <div style={{ height: 175, marginTop: 8 }}>{scored ? <RecoveryChart data={points} colors={colors} /> : <EmptyChart text="No scores yet: on an incident, record how likely the customer was to recommend you, before and after." />}</div>
        </>
      }
      table={
        <NumbersTable
          caption="Recovery per month"
          columns={['Month', 'Scored', 'NPS before', 'NPS after', 'Recovery rate', 'Retention']}
          rows={data.byMonth.map((m, i) => ({
            key: m.month,
            label: points[i]?.title ?? m.month,
            cells: [fmt.count(m.scored), npsText(m.npsBefore), npsText(m.npsAfter), pct(m.recoveryRate), pct(m.retention)],
          }))}
        />
      }
    />
  );
}
