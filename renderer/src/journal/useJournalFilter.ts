// The journal's filters live in the URL query, so anything can link to "journal filtered to X".
import { useMemo } from 'react';
import { CHANNELS, STATUSES, type Channel, type Status } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/schemas/incident';
import { dayBoundary } from '../lib/dates';
import { oneOf, positiveInt, useQueryParams } from '../lib/useQueryParams';

export const FILTER_PARAMS = ['q', 'status', 'category', 'rootCauseId', 'channel', 'severity', 'staff', 'from', 'to'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export function useJournalFilter() {
  const { raw, set, clear, active } = useQueryParams(FILTER_PARAMS);

  const filter = useMemo((): IncidentFilter => {
    const severity = positiveInt(raw.severity);
    const f: IncidentFilter = {
      q: raw.q.trim() || undefined,
      status: oneOf<Status>(STATUSES, raw.status),
      channel: oneOf<Channel>(CHANNELS, raw.channel),
      categoryId: positiveInt(raw.category),
      rootCauseId: positiveInt(raw.rootCauseId),
      handledById: positiveInt(raw.staff),
      severity: severity && severity <= 4 ? (severity as 1 | 2 | 3 | 4) : undefined,
      from: raw.from ? dayBoundary(raw.from, 'start') : undefined,
      to: raw.to ? dayBoundary(raw.to, 'end') : undefined,
    };
    // Undefined keys would still differ in the query key's shape; drop them.
    return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as IncidentFilter;
  }, [raw]);

  return { raw, filter, set, clear, active };
}
