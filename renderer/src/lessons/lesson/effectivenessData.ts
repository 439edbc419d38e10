// The six 30-day windows shaped for the chart and its table: centred on their place in days around "done".
import type { Effectiveness } from '../../../../shared/schemas/lesson';
import type { useT } from '../../lib/useT';

type Translate = ReturnType<typeof useT>;

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

export function windowLabel(offset: number, t: Translate): string {
  return offset < 0
    ? t('lessons.effect.windowBefore', { from: -offset * 30, to: (-offset - 1) * 30 })
    : t('lessons.effect.windowAfter', { from: offset * 30, to: (offset + 1) * 30 });
}

export const windowBars = (e: Effectiveness, t: Translate): WindowBar[] =>
  [...e.windows]
    .sort((a, b) => a.offset - b.offset)
    .map((w) => ({ mid: w.offset + 0.5, incidents: w.incidents, side: w.offset < 0 ? 'before' : 'after', label: windowLabel(w.offset, t), from: w.from, to: w.to }));

/** Axis ticks in days around done: "−90 d" … "Done" … "+90 d". */
export const dayTick = (tick: number, t: Translate) =>
  tick === 0 ? t('domain.lessonStatus.done') : t('lessons.effect.tick', { sign: tick > 0 ? '+' : '−', days: Math.abs(tick) * 30 });

export const per30Text = (n: number, locale: string) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
