// The journal's filters live in the URL query, so anything can link to "journal filtered to X".
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CHANNELS, STATUSES, type Channel, type Status } from '../../../shared/domain';
import type { IncidentFilter } from '../../../shared/schemas/incident';
import { dayBoundary } from '../lib/dates';

export const FILTER_PARAMS = ['q', 'status', 'category', 'rootCauseId', 'channel', 'severity', 'staff', 'from', 'to'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

const positiveInt = (s: string | null) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : undefined;
};
const oneOf = <T extends string>(list: readonly T[], s: string | null): T | undefined =>
  list.find((x) => x === s);

export function useJournalFilter() {
  const [params, setParams] = useSearchParams();

  const raw = useMemo(
    () => Object.fromEntries(FILTER_PARAMS.map((k) => [k, params.get(k) ?? ''])) as Record<FilterParam, string>,
    [params],
  );

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

  const set = useCallback(
    (key: FilterParam, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = FILTER_PARAMS.some((k) => raw[k] !== '');

  return { raw, filter, set, clear, active };
}
