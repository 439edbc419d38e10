// The journal's root-cause filter: any cause, or one cause under its group; a retired cause only when it is the filter.
import { CAUSE_GROUPS } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';

export function causeFilterOptions(list: RootCause[] | undefined, current: number | null) {
  const items = (list ?? []).filter((x) => x.active || x.id === current);
  return [
    { value: '', label: 'Any root cause' },
    ...CAUSE_GROUPS.map((group) => ({
      group,
      items: items.filter((x) => x.group === group).map((x) => ({ value: String(x.id), label: x.name })),
    })).filter((g) => g.items.length > 0),
  ];
}
