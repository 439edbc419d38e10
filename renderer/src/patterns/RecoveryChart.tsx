// Per month: NPS before and after (−100..100, left), recovery rate and retention (0–100%, right).
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tick, type ChartColors } from './chartColors';

export interface RecoveryPoint {
  label: string;
  npsBefore: number | null;
  npsAfter: number | null;
  /** 0–100 or null. */
  recoveryRate: number | null;
  retention: number | null;
}

const PERCENT = new Set(['Recovery rate', 'Retention']);

export function RecoveryChart({ data, colors }: { data: RecoveryPoint[]; colors: ChartColors }) {
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
          formatter={(v, name) => (v === null || v === undefined ? '–' : PERCENT.has(String(name)) ? `${Math.round(Number(v))}%` : String(v))}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} formatter={(value) => <span style={{ color: colors.text }}>{value}</span>} />
        {line('npsBefore', 'NPS before', colors.before, 'nps')}
        {line('npsAfter', 'NPS after', colors.after, 'nps')}
        {line('recoveryRate', 'Recovery rate', colors.rate, 'pct', true)}
        {line('retention', 'Retention', colors.retention, 'pct', true)}
      </LineChart>
    </ResponsiveContainer>
  );
}
