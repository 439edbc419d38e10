// A chart fills its box on screen; on paper it is drawn at a fixed size, in the first render, so
// the report need not wait for a measure-then-draw round over a 60-page document.
import { cloneElement, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

export function ChartBox({ size, children }: { size?: ChartSize | undefined; children: ReactElement<Partial<ChartSize>> }) {
  return size ? cloneElement(children, size) : <ResponsiveContainer width="100%" height="100%">{children}</ResponsiveContainer>;
}
