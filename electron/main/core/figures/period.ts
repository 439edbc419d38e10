import { addDays, addMonths, format, parse, startOfDay, subDays, subMonths } from 'date-fns';

/** A calendar month on the shop's clock, as instants for queries and dates for people. */
export interface MonthRange {
  month: string;
  /** First instant of the month (inclusive), UTC ISO. */
  fromIso: string;
  /** First instant of the next month (exclusive), UTC ISO. */
  toIso: string;
  /** `YYYY-MM-DD` of the first and last day. */
  from: string;
  to: string;
}

export function monthRange(month: string): MonthRange {
  const start = parse(month, 'yyyy-MM', new Date());
  if (Number.isNaN(+start)) throw new Error(`Not a month: ${month}`);
  const next = addMonths(start, 1);
  return {
    month,
    fromIso: start.toISOString(),
    toIso: next.toISOString(),
    from: format(start, 'yyyy-MM-dd'),
    to: format(subDays(next, 1), 'yyyy-MM-dd'),
  };
}

/** The month an instant falls in, on this machine's clock. */
export const monthOf = (instant: string | Date) => format(new Date(instant), 'yyyy-MM');

export const previousMonth = (month: string) => format(subMonths(parse(month, 'yyyy-MM', new Date()), 1), 'yyyy-MM');

/** A period of whole local days (`to` included) as the instants that bound it: [fromIso, toIso). */
export function dayRange(from: string, to: string): { fromIso: string; toIso: string; start: Date; end: Date } {
  const start = startOfDay(parse(from, 'yyyy-MM-dd', new Date()));
  const end = startOfDay(addDays(parse(to, 'yyyy-MM-dd', new Date()), 1));
  return { fromIso: start.toISOString(), toIso: end.toISOString(), start, end };
}

export const day = (d: Date) => format(d, 'yyyy-MM-dd');
