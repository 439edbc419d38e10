// Links into the journal's URL filters (see journal/useJournalFilter): days as `YYYY-MM-DD`, ids as numbers.
import type { Period } from '../../../shared/schemas/patterns';

type JournalParams = Partial<Record<'rootCauseId' | 'category' | 'channel' | 'severity', string | number>>;

export function journalLink(period: Period, filter: JournalParams = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') q.set(k, String(v));
  q.set('from', period.from);
  q.set('to', period.to);
  return `/journal?${q.toString()}`;
}
