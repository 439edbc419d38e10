// The journal's filters live in the URL query, so anything can link to "journal filtered to X".
import { useMemo } from 'react';
import { useQueryParams } from '../lib/useQueryParams';
import { FILTER_PARAMS, filterFromParams } from './journalFilter';

export function useJournalFilter() {
  const { raw, set, clear, active } = useQueryParams(FILTER_PARAMS);
  const filter = useMemo(() => filterFromParams(raw), [raw]);
  return { raw, filter, set, clear, active };
}
