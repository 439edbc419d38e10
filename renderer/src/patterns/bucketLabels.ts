// Axis labels for trend buckets: "6 Oct" for a week, "Oct" (or "Oct 2025") for a month.
import { parse } from 'date-fns';
import type { Translate } from './readings';

const toDate = (s: string) => parse(s, 'yyyy-MM-dd', new Date());

export function bucketLabel(start: string, bucket: 'week' | 'month', locale: string, withYear = false): string {
  const opts: Intl.DateTimeFormatOptions =
    bucket === 'week' ? { day: 'numeric', month: 'short' } : withYear ? { month: 'short', year: 'numeric' } : { month: 'short' };
  return new Intl.DateTimeFormat(locale, opts).format(toDate(start));
}

/** "Week of 6 Oct 2026" / "October 2026", for tooltips and tables. */
export function bucketTitle(start: string, bucket: 'week' | 'month', locale: string, t: Translate): string {
  const d = toDate(start);
  return bucket === 'week'
    ? t('patterns.bucket.weekOf', { date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(d) })
    : new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(d);
}

/** Months span years when the first and last differ. */
export const spansYears = (starts: string[]) => starts.length > 0 && starts[0]?.slice(0, 4) !== starts[starts.length - 1]?.slice(0, 4);
