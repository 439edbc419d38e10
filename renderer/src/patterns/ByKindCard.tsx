// Which compensation most often turned a detractor (0–6) into a promoter (9–10); rates over fewer than 3 are "few".
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { RecoveryByKind } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { ChartCard } from './ChartCard';
import { EmptyChart } from './EmptyChart';
import { DASH, pct } from './figures';
import { HBarChart } from './HBarChart';
import { NumbersTable } from './NumbersTable';
import { useChartColors } from './useChartColors';

const FEW = 3;
const kindLabel = (k: RecoveryByKind['byKind'][number]['kind']) => (k === 'none' ? 'Nothing given' : COMPENSATION_KIND_LABELS[k]);

export function ByKindCard({ data }: { data: RecoveryByKind['byKind'] }) {
  const fmt = useFormat();
  const colors = useChartColors();
  const rows = data.filter((k) => k.detractors > 0).sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || b.detractors - a.detractors);
  const trusted = rows.filter((k) => k.detractors >= FEW && k.rate !== null);
  const best = trusted.reduce<(typeof trusted)[number] | null>((a, b) => (!a || (b.rate ?? 0) > (a.rate ?? 0) ? b : a), null);
  const reading = best
    ? `${kindLabel(best.kind)} won back ${pct(best.rate)} of detractors (${best.recovered} of ${best.detractors}).`
    : 'Too few detractors scored again to compare.';
  const rate = (k: (typeof rows)[number]) => (k.detractors < FEW ? `${pct(k.rate)} (few)` : pct(k.rate));

  return (
    <ChartCard
      title="Which compensation turns detractors into promoters"
      reading={reading}
      height={220}
      chart={
        rows.length === 0 ? (
          <EmptyChart text="No detractor scored again." />
        ) : (
          <HBarChart
            data={rows.map((k) => ({ label: `${kindLabel(k.kind)} (n=${k.detractors})`, value: Math.round((k.rate ?? 0) * 100), faint: k.detractors < FEW }))}
            colors={colors}
            name="Won back"
            fill={colors.after}
            formatValue={(v) => `${v}%`}
            domain={[0, 100]}
            labelWidth={130}
          />
        )
      }
      table={
        <NumbersTable
          caption="Detractors won back by kind of compensation"
          columns={['Compensation', 'Detractors', 'Won back', 'Rate']}
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
