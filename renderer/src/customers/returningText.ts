// How a returning customer's note reads: "3rd time since August: MG-101 (2 Oct), MG-140 (19 Oct)",
// and, when the last time was within 90 days (a second failure close to the first needs extra care),
// "the last was 12 days ago", in the words `t` gives (lib/useT). Pure, so the wording is tested on its own.
import { differenceInCalendarDays, isSameYear } from 'date-fns';
import { formatDayMonth, formatMonthName } from '../../../shared/format';
import type { CustomerHistory, PastIncident } from '../../../shared/schemas/people';
import type { useT } from '../lib/useT';

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

/** A screen's words: lib/useT's `t`. */
export type Say = ReturnType<typeof useT>;

const shortDate = (iso: string, now: Date, locale: string): string => formatDayMonth(iso, { locale }, !isSameYear(new Date(iso), now));

function linksOf(history: CustomerHistory, now: Date, locale: string) {
  const latest = history.incidents.slice(0, LINKS_SHOWN).reverse();
  return { links: latest.map((i) => ({ ...i, date: shortDate(i.occurredAt, now, locale) })), more: history.total - latest.length };
}

/** While logging a new incident for the person: counts this one, and says how long ago the last was. */
export function quickLogNote(history: CustomerHistory, now: Date, locale: string, t: Say): ReturningNote | null {
  if (history.total === 0 || history.firstAt === null) return null;
  const first = new Date(history.firstAt);
  const since = formatMonthName(first, { locale }, !isSameYear(first, now));
  const last = history.incidents[0]!;
  const ago = differenceInCalendarDays(now, new Date(last.occurredAt));
  return {
    lead: t('customers.returning.time', { count: history.total + 1, since }),
    ...linksOf(history, now, locale),
    close: ago <= CLOSE_DAYS ? t('customers.returning.lastWas', { days: ago }) : null,
  };
}

/** On an incident's page: the person's other incidents, before and after it, and how close the one before was. */
export function incidentNote(history: CustomerHistory, occurredAt: string, now: Date, locale: string, t: Say): ReturningNote | null {
  if (history.total === 0) return null;
  const at = new Date(occurredAt);
  const before = history.incidents.find((i) => i.occurredAt < occurredAt);
  const gap = before ? differenceInCalendarDays(at, new Date(before.occurredAt)) : null;
  return {
    lead: t('customers.returning.otherIncidents', { count: history.total }),
    ...linksOf(history, now, locale),
    close: gap !== null && gap <= CLOSE_DAYS ? t('customers.returning.oneBefore', { days: gap }) : null,
  };
}
