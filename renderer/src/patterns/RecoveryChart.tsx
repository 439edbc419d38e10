// Per month: NPS before and after (−100..100, left), recovery rate and retention (0–100%, right).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../lib/useT';
import { tick, type ChartColors } from './chartColors';

export interface RecoveryPoint {
  label: string;
  npsBefore: number | null;
  npsAfter: number | null;
  /** 0–100 or null. */
  recoveryRate: number | null;
  retention: number | null;
}

const PERCENT = new Set<unknown>(['recoveryRate', 'retention'] satisfies (keyof RecoveryPoint)[]);

export function RecoveryChart({ data, colors }: { data: RecoveryPoint[]; colors: ChartColors }) {
  const t = useT();
  const line = (key: keyof RecoveryPoint, name: string, stroke: string, axis: 'nps' | 'pct', dashed = false) => (
    <Line
      yAxisId={axis}
      dataKey={key}
      name={name}
      stroke={stroke}
      strokeWidth={2}
      strokeDasharray={dashed ? '5 4' : undefined}
      dot={{ r: 3, fill: stroke }}
      connectNulls={false}
      isAnimationActive={false}
    />
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="label" tick={tick(colors)} stroke={colors.grid} />
        <YAxis yAxisId="nps" domain={[-100, 100]} ticks={[-100, -50, 0, 50, 100]} tick={tick(colors)} stroke={colors.grid} width={44} />
        <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} ticks={[0, 50, 100]} tickFormatter={(v: number) => `${v}%`} tick={tick(colors)} stroke={colors.grid} width={44} />
        <ReferenceLine yAxisId="nps" y={0} stroke={colors.grid} />
        <Tooltip
          {...colors.tooltip}
          formatter={(v, _name, item) => (v === null || v === undefined ? '–' : PERCENT.has(item.dataKey) ? `${Math.round(Number(v))}%` : String(v))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} formatter={(value) => <span style={{ color: colors.text }}>{value}</span>} />
        {line('npsBefore', t('patterns.recovery.npsBefore'), colors.before, 'nps')}
        {line('npsAfter', t('patterns.recovery.npsAfter'), colors.after, 'nps')}
        {line('recoveryRate', t('patterns.recovery.rate'), colors.rate, 'pct', true)}
        {line('retention', t('patterns.recovery.retention'), colors.retention, 'pct', true)}
      </LineChart>
    </ResponsiveContainer>
  );
}
