import { z } from 'zod';
import { CHANNELS, OUTCOMES, STATUSES, STEP_NAMES } from '../domain';
import { say } from '../i18n/say';
import { Id, Instant, InstantInRange, optionalText, ReadAt, requiredText, Score, tooLong } from './common';
import { Compensation } from './compensation';

export const ChannelEnum = z.enum(CHANNELS, { error: () => say('check.oneOf', { label: say('check.field.channel'), list: CHANNELS.join(', ') }) });
export const SeverityNum = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: () => say('check.severity'),
});
export const OutcomeEnum = z.enum(OUTCOMES, { error: () => say('check.oneOf', { label: say('check.field.outcome'), list: OUTCOMES.join(', ') }) });
export const StatusEnum = z.enum(STATUSES);
export const StepEnum = z.enum(STEP_NAMES);

export const CustomerInput = z.strictObject({
  name: optionalText('check.field.customerName', 200).optional(),
  phone: optionalText('check.field.customerPhone', 50).optional(),
  email: optionalText('check.field.customerEmail', 200)
    .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: () => say('check.customerEmail') })
    .optional(),
  note: optionalText('check.field.customerNote', 2000).optional(),
});
export type CustomerInput = z.input<typeof CustomerInput>;

export const Customer = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  note: z.string(),
});
export type Customer = z.infer<typeof Customer>;

const WhatHappened = requiredText('check.field.whatHappened', 10_000);
const FiveWhys = z.array(optionalText('check.field.why', 300)).max(5, { error: () => say('check.fiveWhys') });

export const IncidentCreate = z.strictObject({
  whatHappened: WhatHappened,
  occurredAt: InstantInRange.optional(),
  channel: ChannelEnum.default('in_person'),
  severity: SeverityNum.default(1),
  categoryId: Id.nullable().default(null),
  handledById: Id.nullable().default(null),
  teamLeadPresent: z.boolean().nullable().default(null),
  customer: CustomerInput.nullable().default(null),
  /**
   * Made once when Save is pressed (the quick log): the same save sent again, its answer lost with
   * the connection, answers with the incident it saved instead of logging it twice.
   */
  saveKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, { error: () => say('check.saveKey') }).optional(),
});
export type IncidentCreate = z.input<typeof IncidentCreate>;

/** Every editable field; the five step stamps go through `incidents.setStep`. */
export const IncidentChanges = z.strictObject({
  whatHappened: WhatHappened.optional(),
  occurredAt: InstantInRange.optional(),
  channel: ChannelEnum.optional(),
  severity: SeverityNum.optional(),
  categoryId: Id.nullable().optional(),
  rootCauseId: Id.nullable().optional(),
  fiveWhys: FiveWhys.optional(),
  handledById: Id.nullable().optional(),
  teamLeadPresent: z.boolean().nullable().optional(),
  followUpDueAt: InstantInRange.nullable().optional(),
  followedUpAt: InstantInRange.nullable().optional(),
  scoreBefore: Score.nullable().optional(),
  scoreAfter: Score.nullable().optional(),
  outcome: OutcomeEnum.optional(),
  internalNote: optionalText('check.field.internalNote', 10_000).optional(),
  /** `null` makes the incident anonymous again. */
  customer: CustomerInput.nullable().optional(),
});
export type IncidentChanges = z.input<typeof IncidentChanges>;

export const Incident = z.object({
  id: Id,
  ref: z.string(),
  occurredAt: Instant,
  loggedAt: Instant,
  updatedAt: Instant,
  channel: ChannelEnum,
  whatHappened: z.string(),
  severity: SeverityNum,
  categoryId: Id.nullable(),
  rootCauseId: Id.nullable(),
  fiveWhys: z.array(z.string()),
  handledById: Id.nullable(),
  teamLeadPresent: z.boolean().nullable(),
  heardAt: Instant.nullable(),
  empathizedAt: Instant.nullable(),
  apologizedAt: Instant.nullable(),
  resolvedAt: Instant.nullable(),
  diagnosedAt: Instant.nullable(),
  followUpDueAt: Instant.nullable(),
  followedUpAt: Instant.nullable(),
  scoreBefore: Score.nullable(),
  scoreAfter: Score.nullable(),
  outcome: OutcomeEnum,
  internalNote: z.string(),
  status: StatusEnum,
  customer: Customer.nullable(),
});
export type Incident = z.infer<typeof Incident>;

export const IncidentEvent = z.object({
  id: Id,
  at: Instant,
  /**
   * `created`, `changed` (a field), `step` (a H.E.A.R.D. step done or undone), `compensation`
   * (field `added`, `changed` or `removed`; from/to hold the entry as JSON: kind, cost, description).
   */
  kind: z.enum(['created', 'changed', 'step', 'compensation']),
  field: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type IncidentEvent = z.infer<typeof IncidentEvent>;

export const IncidentDetail = z.object({
  incident: Incident,
  events: z.array(IncidentEvent),
  compensations: z.array(Compensation),
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

/** One line of the journal: what the list needs, nothing more. */
export const IncidentRow = z.object({
  id: Id,
  ref: z.string(),
  occurredAt: Instant,
  channel: ChannelEnum,
  severity: SeverityNum,
  categoryId: Id.nullable(),
  rootCauseId: Id.nullable(),
  handledById: Id.nullable(),
  status: StatusEnum,
  summary: z.string(),
  customerName: z.string(),
  followUpDueAt: Instant.nullable(),
  followedUpAt: Instant.nullable(),
  /** For the monthly report's incident table; optional so hand-made rows (tests, mocks) stay valid. */
  outcome: OutcomeEnum.optional(),
  /** Sum of the incident's compensation costs, minor units. */
  compensationTotal: z.number().int().min(0).optional(),
  /** For the team only: shown in the internal edition of the report, never in the external one. */
  internalNote: z.string().optional(),
  /** The row's last change: a write from a list sends it back, so a stale row is refused (ReadAt). */
  updatedAt: Instant.optional(),
});
export type IncidentRow = z.infer<typeof IncidentRow>;

export const IncidentFilter = z.strictObject({
  q: z.string().max(200, { error: () => tooLong('check.field.search', 200) }).optional(),
  status: StatusEnum.optional(),
  categoryId: Id.optional(),
  rootCauseId: Id.optional(),
  channel: ChannelEnum.optional(),
  severity: SeverityNum.optional(),
  handledById: Id.optional(),
  /** The first instant included. */
  from: InstantInRange.optional(),
  /** The first instant NOT included (exclusive), as every instant range's end: a period of days ends at the next day's first instant (shared/days). */
  to: InstantInRange.optional(),
});
export type IncidentFilter = z.input<typeof IncidentFilter>;

export const Cursor = z.strictObject({ occurredAt: Instant, id: Id });
export type Cursor = z.infer<typeof Cursor>;

export const IncidentListRequest = z.strictObject({
  filter: IncidentFilter.default({}),
  cursor: Cursor.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(100),
});
export const IncidentListResponse = z.object({
  items: z.array(IncidentRow),
  nextCursor: Cursor.nullable(),
  /** Matching incidents in all, for the list's height and the count shown. */
  total: z.number().int().min(0),
});
export type IncidentListResponse = z.infer<typeof IncidentListResponse>;

export const SetStepRequest = z.strictObject({ id: Id, step: StepEnum, done: z.boolean(), updatedAt: ReadAt });

export const HomeResponse = z.object({
  dueToday: z.array(IncidentRow),
  overdue: z.array(IncidentRow),
  overdueCount: z.number().int().min(0),
  open: z.array(IncidentRow),
  openCount: z.number().int().min(0),
  toDiagnoseCount: z.number().int().min(0),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
