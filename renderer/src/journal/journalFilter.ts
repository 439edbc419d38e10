// The journal's filter as its address says it (Patterns, Home and lessons link there), days included:
// `from` and `to` are whole local days, `to` included, turned into instants by shared/days.
import { CHANNELS, STATUSES, type Channel, type Status } from '../../../shared/domain';
import { instantsOfDays } from '../../../shared/days';
import type { IncidentFilter } from '../../../shared/schemas/incident';
import { oneOf, positiveInt } from '../lib/useQueryParams';

export const FILTER_PARAMS = ['q', 'status', 'category', 'rootCauseId', 'channel', 'severity', 'staff', 'from', 'to'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The address's values ('' when absent) as the request's filter; what cannot be read is left out. */
export function filterFromParams(raw: Record<FilterParam, string>): IncidentFilter {
  const severity = positiveInt(raw.severity);
  const f: IncidentFilter = {
    q: raw.q.trim() || undefined,
    status: oneOf<Status>(STATUSES, raw.status),
    channel: oneOf<Channel>(CHANNELS, raw.channel),
    categoryId: positiveInt(raw.category),
    rootCauseId: positiveInt(raw.rootCauseId),
    handledById: positiveInt(raw.staff),
    severity: severity && severity <= 4 ? (severity as 1 | 2 | 3 | 4) : undefined,
    ...instantsOfDays({ from: raw.from || undefined, to: raw.to || undefined }),
  };
  // Undefined keys would still differ in the query key's shape; drop them.
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as IncidentFilter;
}
