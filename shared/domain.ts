// The words of docs/domain.md, as values both sides use.

export const CHANNELS = ['in_person', 'phone', 'email', 'web', 'social', 'mail', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  in_person: 'In person',
  phone: 'Phone',
  email: 'Email',
  web: 'Web',
  social: 'Social',
  mail: 'Mail',
  other: 'Other',
};

export const COMPENSATION_KINDS = ['refund', 'discount', 'replacement', 'free_item', 'upgrade', 'voucher', 'gift', 'other'] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];
export const COMPENSATION_KIND_LABELS: Record<CompensationKind, string> = {
  refund: 'Refund',
  discount: 'Discount',
  replacement: 'Replacement',
  free_item: 'Free item',
  upgrade: 'Upgrade',
  voucher: 'Voucher',
  gift: 'Gift',
  other: 'Other',
};

export const LESSON_STATUSES = ['proposed', 'in_progress', 'done', 'dropped'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  proposed: 'Proposed',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const SEVERITIES = [1, 2, 3, 4] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  1: 'Minor',
  2: 'Moderate',
  3: 'Major',
  4: 'Critical',
};

export const OUTCOMES = ['unknown', 'retained', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  unknown: 'Unknown',
  retained: 'Retained',
  lost: 'Lost',
};

export const STATUSES = ['open', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABELS: Record<Status, string> = {
  open: 'Open',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const CAUSE_GROUPS = [
  'People',
  'Process',
  'Equipment',
  'Supplies',
  'Place',
  'Communication',
  'Policy',
] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

/** H.E.A.R.D., in order; `key` is the one-key toggle on the incident view. */
export const STEPS = [
  { step: 'heard', field: 'heardAt', label: 'Hear', key: 'h', hint: 'Let the customer tell it; log it in their words' },
  { step: 'empathized', field: 'empathizedAt', label: 'Empathize', key: 'e', hint: 'Acknowledge how it felt for them' },
  { step: 'apologized', field: 'apologizedAt', label: 'Apologize', key: 'a', hint: 'Own it for the business; never blame a colleague' },
  { step: 'resolved', field: 'resolvedAt', label: 'Resolve', key: 'r', hint: 'Make it right now: fix, replace, refund, comp, upgrade' },
  { step: 'diagnosed', field: 'diagnosedAt', label: 'Diagnose', key: 'd', hint: 'Later, with the team: the root cause in the system' },
] as const;
export type Step = (typeof STEPS)[number]['step'];
export const STEP_NAMES = STEPS.map((s) => s.step) as [Step, ...Step[]];

export const DEFAULT_CATEGORIES = [
  'Product quality',
  'Wrong order',
  'Wait or delay',
  'Billing',
  'Staff manner',
  'Cleanliness',
  'Out of stock',
  'Booking',
  'Communication',
  'Other',
] as const;

/**
 * How far ahead of this PC's clock a time may be: counter PCs' clocks drift a few minutes apart, and
 * a form's default "now" is rounded to the minute. One value for every rule that compares times:
 * "not in the future" (forms, server, import) and "a compensation is not given before its
 * incident" (server, import, and the database's own trigger, migration 0008).
 */
export const CLOCK_GRACE_MINUTES = 5;
export const CLOCK_GRACE_MS = CLOCK_GRACE_MINUTES * 60_000;

/** Status is derived, never stored by hand (docs/domain.md). The database computes the same rule. */
export function deriveStatus(i: {
  resolvedAt: string | null;
  diagnosedAt: string | null;
  followUpDueAt: string | null;
  followedUpAt: string | null;
}): Status {
  if (!i.resolvedAt) return 'open';
  if (i.diagnosedAt && (!i.followUpDueAt || i.followedUpAt)) return 'closed';
  return 'resolved';
}
