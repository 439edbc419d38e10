// Settings and the editable lists every screen reads; cached for the whole session.
import { useCall } from './useCall';

const LONG = 5 * 60_000;

export const useSettings = () => useCall('settings.get', {}, { staleTime: LONG });
export const useStaff = () => useCall('staff.list', {}, { staleTime: LONG });
export const useCategories = () => useCall('categories.list', {}, { staleTime: LONG });
export const useRootCauses = () => useCall('rootCauses.list', {}, { staleTime: LONG });

/** id → name for a list, for rows and the timeline. */
export function nameMap(list: { id: number; name: string }[] | undefined): Map<number, string> {
  return new Map((list ?? []).map((x) => [x.id, x.name]));
}
