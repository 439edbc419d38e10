import { z } from 'zod';
import { LESSON_STATUSES } from '../domain';
import { say } from '../i18n/say';
import { Day, Id, Instant, InstantInRange, optionalText, ReadAt, requiredText } from './common';
import { IncidentRow } from './incident';
import { CauseGroup } from './settings';

export const LessonStatusEnum = z.enum(LESSON_STATUSES, {
  error: () => say('check.oneOf', { label: say('check.field.status'), list: LESSON_STATUSES.join(', ') }),
});
const DueDate = Day('check.day.dueDate');

export const Lesson = z.object({
  id: Id,
  title: z.string(),
  whatWeLearned: z.string(),
  change: z.string(),
  rootCauseId: Id.nullable(),
  ownerId: Id.nullable(),
  dueAt: z.iso.date().nullable(),
  status: LessonStatusEnum,
  doneAt: Instant.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  incidentIds: z.array(Id),
});
export type Lesson = z.infer<typeof Lesson>;

export const LessonCreate = z.strictObject({
  title: requiredText('check.field.title', 200),
  whatWeLearned: optionalText('check.field.whatWeLearned', 5000).default(''),
  change: optionalText('check.field.change', 5000).default(''),
  rootCauseId: Id.nullable().default(null),
  ownerId: Id.nullable().default(null),
  dueAt: DueDate.nullable().default(null),
  status: LessonStatusEnum.default('proposed'),
  /** The incidents it came from. */
  incidentIds: z.array(Id).max(500, { error: () => say('check.lessonIncidents') }).default([]),
});
export type LessonCreate = z.input<typeof LessonCreate>;

export const LessonUpdate = z.strictObject({
  id: Id,
  updatedAt: ReadAt,
  changes: z.strictObject({
    title: requiredText('check.field.title', 200).optional(),
    whatWeLearned: optionalText('check.field.whatWeLearned', 5000).optional(),
    change: optionalText('check.field.change', 5000).optional(),
    rootCauseId: Id.nullable().optional(),
    ownerId: Id.nullable().optional(),
    dueAt: DueDate.nullable().optional(),
    status: LessonStatusEnum.optional(),
  }),
});

/**
 * docs/domain.md: incidents of the lesson's root cause per 30 days, in the 90 days before `done_at`
 * against the 90 days after (or the days since, for a young lesson).
 */
export const Effectiveness = z.object({
  /** `not_done`: no done date yet; `no_cause`: nothing to measure; `too_early`: done less than 30 days ago. */
  state: z.enum(['not_done', 'no_cause', 'too_early', 'measured']),
  doneAt: Instant.nullable(),
  daysSinceDone: z.number().int().nullable(),
  before: z.object({ incidents: z.number().int(), days: z.number().int(), per30: z.number() }).nullable(),
  after: z.object({ incidents: z.number().int(), days: z.number().int(), per30: z.number() }).nullable(),
  verdict: z.enum(['fewer', 'about_the_same', 'more']).nullable(),
  /** Six 30-day windows, three before and three after `done_at`; the future ones are left out. */
  windows: z.array(z.object({ offset: z.number().int(), from: Instant, to: Instant, incidents: z.number().int() })),
});
export type Effectiveness = z.infer<typeof Effectiveness>;

export const LessonSummary = Lesson.extend({
  rootCauseName: z.string().nullable(),
  rootCauseGroup: CauseGroup.nullable(),
  ownerName: z.string().nullable(),
  overdue: z.boolean(),
  verdict: Effectiveness.shape.verdict,
  effectivenessState: Effectiveness.shape.state,
});
export type LessonSummary = z.infer<typeof LessonSummary>;

export const LessonFilter = z.strictObject({
  q: z.string().max(200).optional(),
  status: LessonStatusEnum.optional(),
  group: CauseGroup.optional(),
  ownerId: Id.optional(),
  rootCauseId: Id.optional(),
  incidentId: Id.optional(),
  /** true: proposed or in progress; false: done or dropped. */
  open: z.boolean().optional(),
  /** Done at or after this instant. */
  doneFrom: InstantInRange.optional(),
  /** Done before this instant (exclusive, as every instant range's end). */
  doneTo: InstantInRange.optional(),
});

export const LessonDetail = z.object({
  lesson: LessonSummary,
  incidents: z.array(IncidentRow),
  effectiveness: Effectiveness,
});
export type LessonDetail = z.infer<typeof LessonDetail>;

export const DiagnoseQueueItem = IncidentRow.extend({
  resolvedAt: Instant,
  teamLeadPresent: z.boolean().nullable(),
});
export const DiagnoseQueue = z.object({ items: z.array(DiagnoseQueueItem), total: z.number().int() });
export type DiagnoseQueue = z.infer<typeof DiagnoseQueue>;

export const RootCauseUsage = z.object({ rootCauseId: Id, incidents: z.number().int(), lessons: z.number().int() });
