// Keyset pages of the journal, fetched as the list scrolls.
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Cursor, IncidentFilter } from '../../../shared/schemas/incident';
import { call } from '../api/call';
import { callKey } from '../api/keys';

export const PAGE_SIZE = 200;

export function useJournalPages(filter: IncidentFilter) {
  const query = useInfiniteQuery({
    queryKey: callKey('incidents.list', { filter, limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) => call('incidents.list', { filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as Cursor | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: (prev) => prev,
  });
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return { ...query, rows, total };
}
