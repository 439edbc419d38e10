// A small horizontal bar chart: one bar per row, labels on the left; used by the breakdowns and by kind.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { tick, type ChartColors } from './chartColors';

export interface HBar {
  label: string;
  value: number;
  /** Drawn faint, e.g. a rate over too few to trust. */
  faint?: boolean;
}

interface Props {
  data: HBar[];
  colors: ChartColors;
  name: string;
  fill: string;
  formatValue: (v: number) => string;
  domain?: [number, number];
  onBarClick?: ((index: number) => void) | undefined;
  labelWidth?: number;
}

export function HBarChart({ data, colors, name, fill, formatValue, domain, onBarClick, labelWidth = 110 }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={colors.grid} horizontal={false} />
        <XAxis type="number" tick={tick(colors)} stroke={colors.grid} tickFormatter={formatValue} domain={domain ?? [0, 'auto']} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tick={tick(colors)} stroke={colors.grid} width={labelWidth} interval={0} />
        <Tooltip {...colors.tooltip} formatter={(v) => formatValue(Number(v))} />
        <Bar
          dataKey="value"
          name={name}
          fill={fill}
          cursor={onBarClick ? 'pointer' : undefined}
          onClick={onBarClick ? (_, i) => onBarClick(i) : undefined}
          isAnimationActive={false}
          maxBarSize={22}
        >
          {data.map((d) => (
            <Cell key={d.label} fill={fill} fillOpacity={d.faint ? 0.35 : 1} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
