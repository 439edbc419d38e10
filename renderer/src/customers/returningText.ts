// How a returning customer's note reads: "3rd time since August: MG-101 (2 Oct), MG-140 (19 Oct)",
// and, when the last time was within 90 days (a second failure close to the first needs extra care),
// "the last was 12 days ago". Pure, so the wording is tested on its own.
import { differenceInCalendarDays, isSameYear } from 'date-fns';
import { formatDayMonth, formatMonthName } from '../../../shared/format';
import type { CustomerHistory, PastIncident } from '../../../shared/schemas/people';

/** How many of the incidents are linked by name; the rest are "and N more". */
export const LINKS_SHOWN = 3;
/** Within this many days, the last time is said: research says a second failure close in time needs extra care. */
export const CLOSE_DAYS = 90;

export interface ReturningNote {
  /** "3rd time since August" or "2 other incidents". */
  lead: string;
  /** The latest few, oldest of them first, each with its short date. */
  links: (PastIncident & { date: string })[];
  /** How many more there are than the links. */
  more: number;
  /** "the last was 12 days ago", or null when the last time was longer ago than CLOSE_DAYS. */
  close: string | null;
}

/** English, as every word of the app is: 1st, 2nd, 3rd, 4th, 11th, 21st. */
export function ordinal(n: number): string {
  const rule = new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n);
  return `${n}${{ one: 'st', two: 'nd', few: 'rd' }[rule as 'one'] ?? 'th'}`;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

const shortDate = (iso: string, now: Date, locale: string): string => formatDayMonth(iso, { locale }, !isSameYear(new Date(iso), now));

function linksOf(history: CustomerHistory, now: Date, locale: string) {
  const latest = history.incidents.slice(0, LINKS_SHOWN).reverse();
  return { links: latest.map((i) => ({ ...i, date: shortDate(i.occurredAt, now, locale) })), more: history.total - latest.length };
}

/** While logging a new incident for the person: counts this one, and says how long ago the last was. */
export function quickLogNote(history: CustomerHistory, now: Date, locale: string): ReturningNote | null {
  if (history.total === 0 || history.firstAt === null) return null;
  const first = new Date(history.firstAt);
  const since = formatMonthName(first, { locale }, !isSameYear(first, now));
  const last = history.incidents[0]!;
  const ago = differenceInCalendarDays(now, new Date(last.occurredAt));
  return {
    lead: `${ordinal(history.total + 1)} time since ${since}`,
    ...linksOf(history, now, locale),
    close: ago <= CLOSE_DAYS ? `the last was ${ago === 0 ? 'today' : `${days(ago)} ago`}` : null,
  };
}

/** On an incident's page: the person's other incidents, before and after it, and how close the one before was. */
export function incidentNote(history: CustomerHistory, occurredAt: string, now: Date, locale: string): ReturningNote | null {
  if (history.total === 0) return null;
  const at = new Date(occurredAt);
  const before = history.incidents.find((i) => i.occurredAt < occurredAt);
  const gap = before ? differenceInCalendarDays(at, new Date(before.occurredAt)) : null;
  return {
    lead: history.total === 1 ? '1 other incident' : `${history.total} other incidents`,
    ...linksOf(history, now, locale),
    close: gap !== null && gap <= CLOSE_DAYS ? `the one before was ${gap === 0 ? 'the same day' : `${days(gap)} earlier`}` : null,
  };
}
