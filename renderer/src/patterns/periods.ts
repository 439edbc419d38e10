// The period presets as local days (`to` included), and the words for them.
import { endOfMonth, format, isValid, parse, startOfMonth, startOfYear, subDays, subMonths } from 'date-fns';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { Period } from '../../../shared/schemas/patterns';

export const PRESETS = [
  { value: 'this-month', label: 'patterns.period.thisMonth' },
  { value: 'last-month', label: 'patterns.period.lastMonth' },
  { value: 'last-90', label: 'patterns.period.last90' },
  { value: 'this-year', label: 'patterns.period.thisYear' },
  { value: 'custom', label: 'patterns.period.custom' },
] as const satisfies readonly { value: string; label: MessageId }[];
export type Preset = (typeof PRESETS)[number]['value'];

const day = (d: Date) => format(d, 'yyyy-MM-dd');

export const isPreset = (s: string | null): s is Preset => PRESETS.some((p) => p.value === s);

export const isDay = (s: string | null | undefined): s is string =>
  !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && isValid(parse(s, 'yyyy-MM-dd', new Date()));

/** A preset's days; periods that include today end today, so "the last 30 days" are real days. */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, today: Date = new Date()): Period {
  switch (preset) {
    case 'this-month':
      return { from: day(startOfMonth(today)), to: day(today) };
    case 'last-month': {
      const last = subMonths(today, 1);
      return { from: day(startOfMonth(last)), to: day(endOfMonth(last)) };
    }
    case 'last-90':
      return { from: day(subDays(today, 89)), to: day(today) };
    case 'this-year':
      return { from: day(startOfYear(today)), to: day(today) };
  }
}

/** "1 Oct 2026 – 31 Oct 2026" in the shop's locale. */
export function periodWords(p: Period, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const d = (s: string) => f.format(parse(s, 'yyyy-MM-dd', new Date()));
  return p.from === p.to ? d(p.from) : `${d(p.from)} – ${d(p.to)}`;
}
