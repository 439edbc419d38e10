// Incidents per week or month, stacked by root-cause group (and the undiagnosed).
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox, type ChartSize } from './ChartBox';
import { tick, type ChartColors, type ChartGroup } from './chartColors';
import { useGroupLabel } from './useGroupLabel';

export type TrendPoint = { label: string; title: string } & Record<ChartGroup, number>;

interface Props {
  data: TrendPoint[];
  /** Groups with any incident, so the legend names only what is drawn. */
  groups: ChartGroup[];
  colors: ChartColors;
  onBarClick: (index: number) => void;
  /** A fixed size (the printed report); without it the chart fills its box. */
  size?: ChartSize;
}

export function TrendChart({ data, groups, colors, onBarClick, size }: Props) {
  const groupLabel = useGroupLabel();
  return (
    <ChartBox size={size}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={colors.grid} vertical={false} />
        <XAxis dataKey="label" tick={tick(colors)} stroke={colors.grid} minTickGap={8} />
        <YAxis tick={tick(colors)} stroke={colors.grid} width={40} allowDecimals={false} />
        <Tooltip {...colors.tooltip} labelFormatter={(_, payload) => String(payload?.[0]?.payload?.title ?? '')} />
        <Legend wrapperStyle={{ fontSize: 12 }} iconSize={10} formatter={(value) => <span style={{ color: colors.text }}>{value}</span>} />
        {groups.map((g) => (
          <Bar key={g} dataKey={g} name={groupLabel(g)} stackId="groups" fill={colors.group(g)} cursor="pointer" onClick={(_, i) => onBarClick(i)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ChartBox>
  );
}
