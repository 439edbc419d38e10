// The six 30-day windows shaped for the chart and its table: centred on their place in days around "done".
import type { Effectiveness } from '../../../../shared/schemas/lesson';

export interface WindowBar {
  /** Middle of the window in 30-day units from done (−2.5 … 2.5), for a numeric axis with done at 0. */
  mid: number;
  incidents: number;
  side: 'before' | 'after';
  /** "90–60 days before". */
  label: string;
  from: string;
  to: string;
}

export function windowLabel(offset: number): string {
  return offset < 0 ? `${-offset * 30}–${(-offset - 1) * 30} days before` : `${offset * 30}–${(offset + 1) * 30} days after`;
}

export const windowBars = (e: Effectiveness): WindowBar[] =>
  [...e.windows]
    .sort((a, b) => a.offset - b.offset)
    .map((w) => ({ mid: w.offset + 0.5, incidents: w.incidents, side: w.offset < 0 ? 'before' : 'after', label: windowLabel(w.offset), from: w.from, to: w.to }));

/** Axis ticks in days around done: "−90 d" … "Done" … "+90 d". */
export const dayTick = (t: number) => (t === 0 ? 'Done' : `${t > 0 ? '+' : '−'}${Math.abs(t) * 30} d`);

export const per30Text = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
