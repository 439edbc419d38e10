// Settings and the editable lists every screen reads; cached for the whole session.
import { useQuery } from '@tanstack/react-query';
import { call } from './call';
import { keys } from './keys';

const LONG = 5 * 60_000;

export const useSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => call('settings.get', {}), staleTime: LONG });
export const useStaff = () => useQuery({ queryKey: keys.staff, queryFn: () => call('staff.list', {}), staleTime: LONG });
export const useCategories = () =>
  useQuery({ queryKey: keys.categories, queryFn: () => call('categories.list', {}), staleTime: LONG });
export const useRootCauses = () =>
  useQuery({ queryKey: keys.rootCauses, queryFn: () => call('rootCauses.list', {}), staleTime: LONG });

/** id → name for a list, for rows and the timeline. */
export function nameMap(list: { id: number; name: string }[] | undefined): Map<number, string> {
  return new Map((list ?? []).map((x) => [x.id, x.name]));
}
