// Which compensation most often turned a detractor (0–6) into a promoter (9–10); rates over fewer than 3 are "few".
import type { RecoveryByKind } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { DASH, pct } from './figures';
import { HBarChart } from './HBarChart';
import { NumbersTable } from './NumbersTable';
import { useChartColors } from './useChartColors';

const FEW = 3;

export function ByKindCard({ data }: { data: RecoveryByKind['byKind'] }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const colors = useChartColors();
  const kindLabel = (k: RecoveryByKind['byKind'][number]['kind']) => (k === 'none' ? t('patterns.byKind.nothingGiven') : labels.kind(k));
  const rows = data.filter((k) => k.detractors > 0).sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.detractors - a.detractors);
  const trusted = rows.filter((k) => k.detractors >= FEW && k.rate !== null);
  const best = trusted.reduce<(typeof trusted)[number] | null>((a, b) => (!a || (b.rate ?? 0) > (a.rate ?? 0) ? b : a), null);
  const reading = best
    ? t('patterns.byKind.reading', { kind: kindLabel(best.kind), rate: pct(best.rate), recovered: fmt.count(best.recovered), detractors: fmt.count(best.detractors) })
    : t('patterns.byKind.tooFew');
  const rate = (k: (typeof rows)[number]) => (k.detractors < FEW ? t('patterns.byKind.few', { rate: pct(k.rate) }) : pct(k.rate));

  return (
    <ChartCard
      title={t('patterns.byKind.title')}
      reading={reading}
      height={220}
      chart={
        rows.length === 0 ? (
          <EmptyChart text={t('patterns.byKind.empty')} />
        ) : (
          <HBarChart
            data={rows.map((k) => ({ label: `${kindLabel(k.kind)} (n=${k.detractors})`, value: Math.round((k.rate ?? 0) * 100), faint: k.detractors < FEW }))}
            colors={colors}
            name={t('patterns.byKind.wonBack')}
            fill={colors.after}
            formatValue={(v) => `${v}%`}
            domain={[0, 100]}
            labelWidth={130}
          />
        )
      }
      table={
        <NumbersTable
          caption={t('patterns.byKind.caption')}
          columns={[t('patterns.column.compensation'), t('patterns.byKind.detractors'), t('patterns.byKind.wonBack'), t('patterns.byKind.rate')]}
          rows={rows.map((k) => ({
            key: k.kind,
            label: kindLabel(k.kind),
            cells: [fmt.count(k.detractors), fmt.count(k.recovered), k.rate === null ? DASH : rate(k)],
          }))}
        />
      }
    />
  );
}
