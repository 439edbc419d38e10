// Compensation given per calendar month, money on the axis in the shop's currency.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../lib/useT';
import { tick, type ChartColors } from './chartColors';

interface Props {
  data: { label: string; title: string; compensation: number }[];
  colors: ChartColors;
  formatMoney: (minor: number) => string;
}

export function CompensationChart({ data, colors, formatMoney }: Props) {
  const t = useT();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="label" tick={tick(colors)} stroke={colors.grid} />
        <YAxis tick={tick(colors)} stroke={colors.grid} width={72} tickFormatter={formatMoney} />
        <Tooltip {...colors.tooltip} formatter={(v) => formatMoney(Number(v))} labelFormatter={(_, payload) => String(payload?.[0]?.payload?.title ?? '')} />
        <Bar dataKey="compensation" name={t('patterns.column.compensation')} fill={colors.c('orange', 6, 4)} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
