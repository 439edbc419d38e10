// The picker's list: the seven groups in order, filtered by what was typed; retired causes only when current.
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';
import type { useT } from '../lib/useT';

export interface CauseGroupOptions {
  group: CauseGroup;
  causes: RootCause[];
}

const norm = (s: string) => s.trim().toLocaleLowerCase();

/** `groupName`: a group as the screen says it, so typing the start of a group's name finds its causes. */
export function groupedCauses(list: RootCause[] | undefined, current: number | null, search: string, groupName: (g: CauseGroup) => string): CauseGroupOptions[] {
  const q = norm(search);
  const shown = (list ?? []).filter((c) => (c.active || c.id === current) && (q === '' || norm(c.name).includes(q) || norm(groupName(c.group)).startsWith(q)));
  return CAUSE_GROUPS.map((group) => ({ group, causes: shown.filter((c) => c.group === group) })).filter((g) => g.causes.length > 0);
}

/** "Create …" is offered unless the typed name is already a cause (active or not). */
export const canCreate = (list: RootCause[] | undefined, search: string) =>
  norm(search) !== '' && !(list ?? []).some((c) => norm(c.name) === norm(search));

export const causeLabel = (c: RootCause, t: ReturnType<typeof useT>) => (c.active ? c.name : t('rootcause.picker.retired', { name: c.name }));
