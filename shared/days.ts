// Periods of whole local days (what a person picks, what Patterns and addresses carry: `to`
// included) and the instant ranges the server filters by. The end of an instant range is
// exclusive, everywhere: the first instant not included. This is the one conversion between them.
import { addDays, isValid, parse, startOfDay } from 'date-fns';

/** A period of whole local days, `YYYY-MM-DD`, `to` included. */
export interface DayPeriod {
  from: string;
  to: string;
}

/** Instants (UTC ISO): `from` is the first included, `to` the first not included. */
export interface InstantRange {
  from: string;
  to: string;
}

/** The first instant of a local day, or null when `day` is not one. */
function dayStart(day: string): Date | null {
  const d = parse(day, 'yyyy-MM-dd', new Date());
  return isValid(d) ? startOfDay(d) : null;
}

/**
 * The instants a period of local days covers: from the first instant of `from` to the first
 * instant of the day after `to` (exclusive), so all of the last day is in, to its last millisecond.
 * Either end may be missing (the journal's address can give one); a missing end, or one that is not
 * a day, is left out of the range.
 */
export function instantsOfDays(days: Partial<DayPeriod>): Partial<InstantRange> {
  const start = days.from ? dayStart(days.from) : null;
  const last = days.to ? dayStart(days.to) : null;
  return {
    ...(start ? { from: start.toISOString() } : {}),
    ...(last ? { to: startOfDay(addDays(last, 1)).toISOString() } : {}),
  };
}

/** The same for a period with both ends, which must be days (a validated Period). */
export function instantRangeOfDays(days: DayPeriod): InstantRange {
  const { from, to } = instantsOfDays(days);
  if (from === undefined || to === undefined) throw new RangeError(`Not a period of days: ${days.from} to ${days.to}`);
  return { from, to };
}
