// The journal's root-cause filter: any cause, or one cause under its group; a retired cause only when it is the filter.
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';

interface Words {
  /** The option that filters nothing ("Any root cause"). */
  all: string;
  /** A group's name, as the screen says it. */
  group: (group: CauseGroup) => string;
}

export function causeFilterOptions(list: RootCause[] | undefined, current: number | null, words: Words) {
  const items = (list ?? []).filter((x) => x.active || x.id === current);
  return [
    { value: '', label: words.all },
    ...CAUSE_GROUPS.map((group) => ({
      group: words.group(group),
      items: items.filter((x) => x.group === group).map((x) => ({ value: String(x.id), label: x.name })),
    })).filter((g) => g.items.length > 0),
  ];
}
