// Select options built from the domain words and the editable lists.
import { CHANNEL_LABELS, CHANNELS, OUTCOME_LABELS, OUTCOMES, SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, STATUSES } from '../../../shared/domain';
import type { Category, StaffMember } from '../../../shared/schemas/settings';

export interface Option {
  value: string;
  label: string;
}

export const channelOptions: Option[] = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
export const severityOptions: Option[] = SEVERITIES.map((s) => ({ value: String(s), label: SEVERITY_LABELS[s] }));
export const statusOptions: Option[] = STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }));
export const outcomeOptions: Option[] = OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
export const teamLeadOptions: Option[] = [
  { value: '', label: 'Not recorded' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Active entries, plus the current one even if retired so an old record still shows its value. */
export function listOptions(list: (Category | StaffMember)[] | undefined, current: number | null, none: string): Option[] {
  const items = (list ?? []).filter((x) => x.active || x.id === current);
  return [{ value: '', label: none }, ...items.map((x) => ({ value: String(x.id), label: x.name }))];
}
