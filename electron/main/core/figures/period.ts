import { addMonths, format, parse, subDays, subMonths } from 'date-fns';
import { instantRangeOfDays } from '../../../../shared/days';

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
  const days = { from: format(start, 'yyyy-MM-dd'), to: format(subDays(addMonths(start, 1), 1), 'yyyy-MM-dd') };
  const range = instantRangeOfDays(days);
  return { month, fromIso: range.from, toIso: range.to, ...days };
}

/** The month an instant falls in, on this machine's clock. */
export const monthOf = (instant: string | Date) => format(new Date(instant), 'yyyy-MM');

export const previousMonth = (month: string) => format(subMonths(parse(month, 'yyyy-MM', new Date()), 1), 'yyyy-MM');

/** A period of whole local days (`to` included) as the instants that bound it: [fromIso, toIso), by shared/days. */
export function dayRange(from: string, to: string): { fromIso: string; toIso: string; start: Date; end: Date } {
  const range = instantRangeOfDays({ from, to });
  return { fromIso: range.from, toIso: range.to, start: new Date(range.from), end: new Date(range.to) };
}

export const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * PostgreSQL reads several ranges in one statement: a round trip to the server costs what a short
 * index range costs SQLite, so the figures group by range there instead of asking once per range.
 * `FROM ${PG_RANGES} JOIN incidents i ON i.occurred_at >= b.lo AND i.occurred_at < b.hi`, bound to rangesParam(…).
 */
export const PG_RANGES = 'jsonb_to_recordset(?::jsonb) AS b(n int, lo text, hi text)';

/** The ranges for PG_RANGES, numbered from 0 in their order. */
export const rangesParam = (ranges: readonly { fromIso: string; toIso: string }[]) =>
  JSON.stringify(ranges.map((r, n) => ({ n, lo: r.fromIso, hi: r.toIso })));
