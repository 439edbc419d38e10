// Calendar months as `YYYY-MM` on the shop's clock (the computer's local time), for the tracker.
import { addMonths, format, isValid, parse } from 'date-fns';

export const monthOf = (d: Date = new Date()): string => format(d, 'yyyy-MM');

const firstDay = (month: string): Date => parse(month, 'yyyy-MM', new Date());

export function shiftMonth(month: string, by: number): string {
  const d = firstDay(month);
  return isValid(d) ? format(addMonths(d, by), 'yyyy-MM') : month;
}

/** "October 2026", or "October" when the year goes without saying. */
export function monthName(month: string, locale: string, withYear = true): string {
  const d = firstDay(month);
  if (!isValid(d)) return month;
  return new Intl.DateTimeFormat(locale, withYear ? { month: 'long', year: 'numeric' } : { month: 'long' }).format(d);
}
