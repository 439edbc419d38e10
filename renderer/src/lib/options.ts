// Select options built from the domain words and the editable lists.
import { CHANNELS, OUTCOMES, SEVERITIES, STATUSES } from '../../../shared/domain';
import type { Category, StaffMember } from '../../../shared/schemas/settings';
import { useLabels } from './useLabels';
import { useT } from './useT';

export interface Option {
  value: string;
  label: string;
}

/** The domain's options in the shop's language. */
export function useOptions() {
  const t = useT();
  const labels = useLabels();
  return {
    channel: CHANNELS.map((c): Option => ({ value: c, label: labels.channel(c) })),
    severity: SEVERITIES.map((s): Option => ({ value: String(s), label: labels.severity(s) })),
    status: STATUSES.map((s): Option => ({ value: s, label: labels.status(s) })),
    outcome: OUTCOMES.map((o): Option => ({ value: o, label: labels.outcome(o) })),
    teamLead: [
      { value: '', label: t('lib.options.notRecorded') },
      { value: 'yes', label: t('lib.options.yes') },
      { value: 'no', label: t('lib.options.no') },
    ] satisfies Option[],
  };
}

/** Active entries, plus the current one even if retired so an old record still shows its value. */
export function listOptions(list: (Category | StaffMember)[] | undefined, current: number | null, none: string): Option[] {
  const items = (list ?? []).filter((x) => x.active || x.id === current);
  return [{ value: '', label: none }, ...items.map((x) => ({ value: String(x.id), label: x.name }))];
}
