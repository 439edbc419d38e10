// The event log in plain words: "Severity: Minor → Major", "Apologize done".
import { CHANNEL_LABELS, OUTCOME_LABELS, SEVERITY_LABELS, STEPS, type Channel, type Outcome } from '../../../shared/domain';
import type { IncidentEvent } from '../../../shared/schemas/incident';
import { describeCompensation } from './describeCompensation';

export interface Lookups {
  category: Map<number, string>;
  staff: Map<number, string>;
  rootCause: Map<number, string>;
  dateTime: (iso: string) => string;
  money: (minor: number) => string;
}

const LABELS: Record<string, string> = {
  whatHappened: 'What happened',
  occurredAt: 'Occurred at',
  channel: 'Channel',
  severity: 'Severity',
  categoryId: 'Category',
  rootCauseId: 'Root cause',
  fiveWhys: 'Five whys',
  handledById: 'Handled by',
  teamLeadPresent: 'Team lead present',
  followUpDueAt: 'Follow-up due',
  followedUpAt: 'Followed up',
  scoreBefore: 'Score before',
  scoreAfter: 'Score after',
  outcome: 'Outcome',
  internalNote: 'Internal note',
  customer: 'Customer',
  'customer.name': 'Customer name',
  'customer.phone': 'Customer phone',
  'customer.email': 'Customer email',
  'customer.note': 'Customer note',
  // Written by an update that repaired an entry dated before its incident (migration 0008).
  'compensation.givenAt': 'Compensation date, repaired by an update',
};

/** Field names may come as `severity`, `category_id` or `categoryId`: compare them one way. */
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function value(field: string, raw: string | null, l: Lookups): string {
  if (raw === null || raw === '') return '—';
  const id = Number(raw);
  switch (field) {
    case 'severity':
      return SEVERITY_LABELS[id as 1 | 2 | 3 | 4] ?? raw;
    case 'channel':
      return CHANNEL_LABELS[raw as Channel] ?? raw;
    case 'outcome':
      return OUTCOME_LABELS[raw as Outcome] ?? raw;
    case 'categoryId':
      return l.category.get(id) ?? raw;
    case 'handledById':
      return l.staff.get(id) ?? raw;
    case 'rootCauseId':
      return l.rootCause.get(id) ?? raw;
    case 'teamLeadPresent':
      return ['true', '1', 'yes'].includes(raw) ? 'Yes' : ['false', '0', 'no'].includes(raw) ? 'No' : raw;
  }
  if (ISO.test(raw)) return l.dateTime(raw);
  return raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
}

export function describeEvent(e: IncidentEvent, l: Lookups): string {
  if (e.kind === 'created') return 'Logged';
  if (e.kind === 'compensation') return describeCompensation(e.field ?? '', e.from, e.to, l.money);
  // Only seen once it is back: a deleted incident cannot be opened.
  if (e.field === 'deletedAt') return e.to ? 'Deleted' : 'Restored';
  if (e.field === 'customer.erased') return 'Customer details erased on request';
  // From holds the code (domain/redeem.ts).
  if (e.field === 'compensation.redeemedAt') return `Voucher ${e.from ?? ''} redeemed`;
  const field = camel(e.field ?? '');
  if (e.kind === 'step') {
    const step = STEPS.find((s) => s.step === field || s.field === field);
    const name = step?.label ?? field;
    return e.to === null || e.to === '' ? `${name} undone` : `${name} done`;
  }
  const label = LABELS[field] ?? field;
  if (field === 'whatHappened' || field === 'internalNote' || field === 'fiveWhys' || field === 'customer') {
    return `${label} edited`;
  }
  return `${label}: ${value(field, e.from, l)} → ${value(field, e.to, l)}`;
}
