// Presentational: incidents of the lesson's cause per 30-day window, before (grey) and after (teal) done.
import { Paper, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useT } from '../../lib/useT';
import { dayTick, type WindowBar } from './effectivenessData';

export const BEFORE_COLOR = 'var(--mantine-color-gray-5)';
export const AFTER_COLOR = 'var(--mantine-color-teal-6)';
const TEXT = { fill: 'var(--mantine-color-dimmed)', fontSize: 12 };

interface Props {
  bars: WindowBar[];
  /** Average per 30 days, drawn across each side. */
  beforePer30: number | null;
  afterPer30: number | null;
  reading: string;
}

function WindowTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: WindowBar }[] }) {
  const t = useT();
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <Paper withBorder shadow="sm" p="xs">
      <Text size="sm" fw={600}>
        {bar.label}
      </Text>
      <Text size="sm">{t('lessons.effect.incidents', { count: bar.incidents })}</Text>
    </Paper>
  );
}

export function EffectivenessChart({ bars, beforePer30, afterPer30, reading }: Props) {
  const t = useT();
  const top = Math.max(1, ...bars.map((b) => b.incidents), beforePer30 ?? 0, afterPer30 ?? 0);
  return (
    <div role="img" aria-label={reading} style={{ width: '100%', height: 220 }}>
      <ResponsiveContainer>
        <BarChart data={bars} margin={{ top: 16, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="var(--mantine-color-default-border)" />
          <XAxis type="number" dataKey="mid" domain={[-3, 3]} ticks={[-3, -2, -1, 0, 1, 2, 3]} tickFormatter={(tick: number) => dayTick(tick, t)} tick={TEXT} stroke="var(--mantine-color-default-border)" />
          <YAxis allowDecimals={false} domain={[0, Math.ceil(top)]} tick={TEXT} stroke="var(--mantine-color-default-border)" />
          <Tooltip content={<WindowTooltip />} cursor={{ fill: 'var(--mantine-color-default-hover)' }} />
          <Bar dataKey="incidents" barSize={36} isAnimationActive={false}>
            {bars.map((b) => (
              <Cell key={b.mid} fill={b.side === 'before' ? BEFORE_COLOR : AFTER_COLOR} />
            ))}
          </Bar>
          {beforePer30 !== null && (
            <ReferenceLine segment={[{ x: -3, y: beforePer30 }, { x: 0, y: beforePer30 }]} stroke="var(--mantine-color-text)" strokeDasharray="4 3" />
          )}
          {afterPer30 !== null && (
            <ReferenceLine segment={[{ x: 0, y: afterPer30 }, { x: 3, y: afterPer30 }]} stroke="var(--mantine-color-teal-8)" strokeDasharray="4 3" />
          )}
          <ReferenceLine x={0} stroke="var(--mantine-color-text)" strokeWidth={2} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
