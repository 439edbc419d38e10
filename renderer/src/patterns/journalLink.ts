// Links into the journal's URL filters (journal/journalFilter reads them): the period's days as
// they are, `to` included, so the journal turns them into instants as the server does for Patterns.
import type { Period } from '../../../shared/schemas/patterns';
import type { FilterParam } from '../journal/journalFilter';

type JournalParams = Partial<Record<Exclude<FilterParam, 'from' | 'to'>, string | number>>;

export function journalLink(period: Period, filter: JournalParams = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') q.set(k, String(v));
  q.set('from', period.from);
  q.set('to', period.to);
  return `/journal?${q.toString()}`;
}
