// Root causes most first, bars by count or cost, with the cumulative share on a 0–100% right axis.
import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { ellipsize } from '../../../shared/text';
import { useT } from '../lib/useT';
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
  /** Money on the left axis, which needs more room than a count. */
  money?: boolean;
  formatValue: (v: number) => string;
  onBarClick: (index: number) => void;
  /** Axis labels longer than this are cut with "…" (the printed report has room for more). */
  labelMax?: number;
  /** A fixed size (the printed report); without it the chart fills its box. */
  size?: ChartSize;
}

const shorten = (max: number) => (s: string) => ellipsize(s, max);

export function ParetoChart({ data, colors, valueName, money = false, formatValue, onBarClick, labelMax = 14, size }: Props) {
  const t = useT();
  return (
    <ChartBox size={size}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 24 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="name" tick={tick(colors)} tickFormatter={shorten(labelMax)} interval={0} angle={-30} textAnchor="end" height={labelMax > 14 ? 96 : 70} stroke={colors.grid} />
        <YAxis yAxisId="v" tick={tick(colors)} tickFormatter={formatValue} stroke={colors.grid} width={money ? 72 : 40} allowDecimals={false} />
        <YAxis yAxisId="c" orientation="right" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v}%`} tick={tick(colors)} stroke={colors.grid} width={44} />
        <Tooltip
          {...colors.tooltip}
          formatter={(v, _name, item) => (item.dataKey === 'cumulative' ? `${Math.round(Number(v))}%` : formatValue(Number(v)))}
        />
        <Bar yAxisId="v" dataKey="value" name={valueName} fill={colors.bar} cursor="pointer" onClick={(_, i) => onBarClick(i)} isAnimationActive={false} />
        <Line yAxisId="c" dataKey="cumulative" name={t('patterns.pareto.cumulativeShare')} stroke={colors.line} strokeWidth={2} dot={{ r: 3, fill: colors.line }} isAnimationActive={false} />
      </ComposedChart>
    </ChartBox>
  );
}
