// What a chart needs to be drawn: its colours, the cause groups it stacks, and the axis ticks.
// No Mantine here: the printed report draws the same charts without the app's theme.
import type { CSSProperties } from 'react';
import { CAUSE_GROUPS } from '../../../shared/domain';

export const GROUPS = [...CAUSE_GROUPS, 'Undiagnosed'] as const;
export type ChartGroup = (typeof GROUPS)[number];

export interface ChartColors {
  dark: boolean;
  c: (name: string, light?: number, darkShade?: number) => string;
  bar: string;
  line: string;
  before: string;
  after: string;
  rate: string;
  retention: string;
  text: string;
  grid: string;
  tooltip: { contentStyle: CSSProperties; labelStyle: CSSProperties; cursor: { fill: string } };
  group: (g: ChartGroup) => string;
}

/** Axis ticks in the scheme's text colour at a size that reads at 1366×768. */
export const tick = (colors: ChartColors) => ({ fill: colors.text, fontSize: 12 });
