// "Do we win them back": NPS before against after, recovery rate and retention per month.
import type { Period, Recovery } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { bucketLabel, bucketTitle, spansYears } from './bucketLabels';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { asPercent, npsText, pct } from './figures';
import { NumbersTable } from './NumbersTable';
import type { Translate } from './readings';
import { RecoveryChart } from './RecoveryChart';
import { RecoveryHeadline } from './RecoveryHeadline';
import { useChartColors } from './useChartColors';

function reading({ overall }: Recovery, t: Translate): string {
  if (overall.npsBefore === null && overall.npsAfter === null) return t('patterns.recovery.noScores');
  const nps = { before: npsText(overall.npsBefore), after: npsText(overall.npsAfter) };
  return overall.recoveryRate === null ? t('patterns.recovery.reading', nps) : t('patterns.recovery.readingRate', { ...nps, rate: pct(overall.recoveryRate) });
}

export function RecoveryCard({ data, period }: { data: Recovery; period?: Period }) {
  const t = useT();
  const fmt = useFormat();
  const colors = useChartColors();
  const withYear = spansYears(data.byMonth.map((m) => `${m.month}-01`));
  const points = data.byMonth.map((m) => ({
    label: bucketLabel(`${m.month}-01`, 'month', fmt.locale, withYear),
    title: bucketTitle(`${m.month}-01`, 'month', fmt.locale, t),
    npsBefore: m.npsBefore,
    npsAfter: m.npsAfter,
    recoveryRate: asPercent(m.recoveryRate),
    retention: asPercent(m.retention),
  }));
  const scored = data.byMonth.some((m) => m.scored > 0);

  return (
    <ChartCard
      title={t('patterns.recovery.title')}
      reading={reading(data, t)}
      height={240}
      grows
      chart={
        <>
          <RecoveryHeadline overall={data.overall} period={period} />
          <div style={{ height: 175, marginTop: 8 }}>{scored ? <RecoveryChart data={points} colors={colors} /> : <EmptyChart text={t('patterns.recovery.empty')} />}</div>
        </>
      }
      table={
        <NumbersTable
          caption={t('patterns.recovery.caption')}
          columns={[
            t('patterns.column.month'),
            t('patterns.recovery.scored'),
            t('patterns.recovery.npsBefore'),
            t('patterns.recovery.npsAfter'),
            t('patterns.recovery.rate'),
            t('patterns.recovery.retention'),
          ]}
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
