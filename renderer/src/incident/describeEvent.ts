// The event log in plain words, in the shop's language: "Severity: Minor → Major", "Apologize done".
import { CHANNELS, OUTCOMES, SEVERITIES, STEPS, type Channel, type Outcome, type Severity } from '../../../shared/domain';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { IncidentEvent } from '../../../shared/schemas/incident';
import type { Labels } from '../lib/useLabels';
import { describeCompensation, type Translate } from './describeCompensation';

export interface Lookups {
  category: Map<number, string>;
  staff: Map<number, string>;
  rootCause: Map<number, string>;
  dateTime: (iso: string) => string;
  money: (minor: number) => string;
  t: Translate;
  labels: Labels;
}

const LABELS: Record<string, MessageId> = {
  whatHappened: 'incident.field.whatHappened',
  occurredAt: 'incident.field.occurredAt',
  channel: 'incident.field.channel',
  severity: 'incident.field.severity',
  categoryId: 'incident.field.category',
  rootCauseId: 'incident.field.rootCause',
  fiveWhys: 'incident.field.fiveWhys',
  handledById: 'incident.field.handledBy',
  teamLeadPresent: 'incident.field.teamLeadPresent',
  followUpDueAt: 'incident.field.followUpDue',
  followedUpAt: 'incident.field.followedUp',
  scoreBefore: 'incident.field.scoreBefore',
  scoreAfter: 'incident.field.scoreAfter',
  outcome: 'incident.field.outcome',
  internalNote: 'incident.field.internalNote',
  customer: 'incident.field.customer',
  'customer.name': 'incident.field.customerName',
  'customer.phone': 'incident.field.customerPhone',
  'customer.email': 'incident.field.customerEmail',
  'customer.note': 'incident.field.customerNote',
  // Written by an update that repaired an entry dated before its incident (migration 0008).
  'compensation.givenAt': 'incident.field.compensationGivenAt',
};

/** Field names may come as `severity`, `category_id` or `categoryId`: compare them one way. */
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function value(field: string, raw: string | null, l: Lookups): string {
  if (raw === null || raw === '') return '—';
  const id = Number(raw);
  switch (field) {
    case 'severity':
      return SEVERITIES.includes(id as Severity) ? l.labels.severity(id as Severity) : raw;
    case 'channel':
      return CHANNELS.includes(raw as Channel) ? l.labels.channel(raw as Channel) : raw;
    case 'outcome':
      return OUTCOMES.includes(raw as Outcome) ? l.labels.outcome(raw as Outcome) : raw;
    case 'categoryId':
      return l.category.get(id) ?? raw;
    case 'handledById':
      return l.staff.get(id) ?? raw;
    case 'rootCauseId':
      return l.rootCause.get(id) ?? raw;
    case 'teamLeadPresent':
      return ['true', '1', 'yes'].includes(raw) ? l.t('incident.teamLead.yes') : ['false', '0', 'no'].includes(raw) ? l.t('incident.teamLead.no') : raw;
  }
  if (ISO.test(raw)) return l.dateTime(raw);
  return raw.length > 80 ? `${raw.slice(0, 79)}…` : raw;
}

export function describeEvent(e: IncidentEvent, l: Lookups): string {
  const { t } = l;
  if (e.kind === 'created') return t('incident.event.logged');
  if (e.kind === 'compensation') return describeCompensation(e.field ?? '', e.from, e.to, l.money, t);
  // Only seen once it is back: a deleted incident cannot be opened.
  if (e.field === 'deletedAt') return t(e.to ? 'incident.event.deleted' : 'incident.event.restored');
  if (e.field === 'customer.erased') return t('incident.event.customerErased');
  // From holds the code (domain/redeem.ts).
  if (e.field === 'compensation.redeemedAt') return t('incident.event.voucherRedeemed', { code: e.from ?? '' });
  const field = camel(e.field ?? '');
  if (e.kind === 'step') {
    const step = STEPS.find((s) => s.step === field || s.field === field);
    const name = step ? l.labels.step(step.step) : field;
    return t(e.to === null || e.to === '' ? 'incident.event.stepUndone' : 'incident.event.stepDone', { step: name });
  }
  const label = Object.hasOwn(LABELS, field) ? t(LABELS[field] as MessageId) : field;
  if (field === 'whatHappened' || field === 'internalNote' || field === 'fiveWhys' || field === 'customer') {
    return t('incident.event.edited', { field: label });
  }
  return t('incident.event.changed', { field: label, from: value(field, e.from, l), to: value(field, e.to, l) });
}
