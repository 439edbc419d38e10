// Root causes most first, bars by count or cost, with the cumulative share on a 0–100% right axis.
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ellipsize } from '../../../shared/text';
import { ChartBox, type ChartSize } from './ChartBox';
import { tick, type ChartColors } from './chartColors';

export interface ParetoPoint {
  name: string;
  value: number;
  /** 0–100. */
  cumulative: number;
}

interface Props {
  data: ParetoPoint[];
  colors: ChartColors;
  valueName: string;
  formatValue: (v: number) => string;
  onBarClick: (index: number) => void;
  /** Axis labels longer than this are cut with "…" (the printed report has room for more). */
  labelMax?: number;
  /** A fixed size (the printed report); without it the chart fills its box. */
  size?: ChartSize;
}

const shorten = (max: number) => (s: string) => ellipsize(s, max);

export function ParetoChart({ data, colors, valueName, formatValue, onBarClick, labelMax = 14, size }: Props) {
  return (
    <ChartBox size={size}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 24 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="name" tick={tick(colors)} tickFormatter={shorten(labelMax)} interval={0} angle={-30} textAnchor="end" height={labelMax > 14 ? 96 : 70} stroke={colors.grid} />
        <YAxis yAxisId="v" tick={tick(colors)} tickFormatter={formatValue} stroke={colors.grid} width={valueName === 'Incidents' ? 40 : 72} allowDecimals={false} />
        <YAxis yAxisId="c" orientation="right" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={tick(colors)} stroke={colors.grid} width={44} />
        <Tooltip
          {...colors.tooltip}
          formatter={(v, name) => (name === 'Cumulative share' ? `${Math.round(Number(v))}%` : formatValue(Number(v)))}
        />
        <Bar yAxisId="v" dataKey="value" name={valueName} fill={colors.bar} cursor="pointer" onClick={(_, i) => onBarClick(i)} isAnimationActive={false} />
        <Line yAxisId="c" dataKey="cumulative" name="Cumulative share" stroke={colors.line} strokeWidth={2} dot={{ r: 3, fill: colors.line }} isAnimationActive={false} />
      </ComposedChart>
    </ChartBox>
  );
}
