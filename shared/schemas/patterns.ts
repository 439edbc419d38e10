import { z } from 'zod';
import { CAUSE_GROUPS, COMPENSATION_KINDS } from '../domain';
import { say } from '../i18n/say';
import { Day, Id } from './common';
import { ChannelEnum, SeverityNum } from './incident';
import { CauseGroup } from './settings';

/** A period of whole local days, `to` included: `{ from: '2026-10-01', to: '2026-10-31' }`. */
export const Period = z
  .strictObject({
    from: Day('check.day.from'),
    to: Day('check.day.to'),
  })
  .refine((p) => p.from <= p.to, { error: () => say('check.period.order'), path: ['to'] })
  .refine((p) => Date.parse(p.to) - Date.parse(p.from) <= 3 * 366 * 86_400_000, {
    error: () => say('check.period.tooLong'),
    path: ['to'],
  });
export type Period = z.infer<typeof Period>;

const count = z.number().int().min(0);
/** A share from 0 to 1, or null when there was nothing to count. */
const share = z.number().min(0).max(1).nullable();
/** NPS, a whole number from −100 to 100, or null without scores. */
const nps = z.number().int().min(-100).max(100).nullable();

/** docs/domain.md: recurring = 3 or more in the last 30 days; rising = at least twice the 30 days before, and at least 3. */
export const Callouts = z.object({
  /** The 30 days ending at the period's end, and the 30 before them. */
  window: z.object({ from: z.iso.date(), to: z.iso.date(), previousFrom: z.iso.date() }),
  causes: z.array(
    z.object({
      rootCauseId: Id,
      name: z.string(),
      group: CauseGroup,
      last30: count,
      previous30: count,
      recurring: z.boolean(),
      rising: z.boolean(),
      /** Lessons on this cause, open ones first. */
      lessons: z.array(z.object({ id: Id, title: z.string(), status: z.string() })),
    }),
  ),
});
export type Callouts = z.infer<typeof Callouts>;

/** Root causes most first, with the cumulative share (Pareto), by count and by compensation cost. */
export const Pareto = z.object({
  byCount: z.array(
    z.object({ rootCauseId: Id, name: z.string(), group: CauseGroup, incidents: count, cumulativeShare: z.number() }),
  ),
  byCost: z.array(
    z.object({ rootCauseId: Id, name: z.string(), group: CauseGroup, compensation: count, cumulativeShare: z.number() }),
  ),
  /** Incidents in the period without a root cause yet (left out of the bars). */
  undiagnosed: count,
});
export type Pareto = z.infer<typeof Pareto>;

export const Trend = z.object({
  /** Weeks (starting Monday) for up to 92 days, else months. */
  bucket: z.enum(['week', 'month']),
  points: z.array(
    z.object({
      /** First day of the bucket, `YYYY-MM-DD`; the bucket runs to the next point's start. */
      start: z.iso.date(),
      end: z.iso.date(),
      total: count,
      byGroup: z.record(z.enum([...CAUSE_GROUPS, 'Undiagnosed']), count),
    }),
  ),
  /** Compensation (minor units) per calendar month touching the period. */
  compensationByMonth: z.array(z.object({ month: z.string(), start: z.iso.date(), end: z.iso.date(), compensation: count })),
});
export type Trend = z.infer<typeof Trend>;

export const Recovery = z.object({
  overall: z.object({
    npsBefore: nps,
    npsAfter: nps,
    /** After − before, over incidents with both scores: −200 to 200. */
    npsLift: z.number().int().min(-200).max(200).nullable(),
    recoveryRate: share,
    retention: share,
  }),
  /** Per calendar month of the period. */
  byMonth: z.array(
    z.object({
      month: z.string(),
      npsBefore: nps,
      npsAfter: nps,
      recoveryRate: share,
      retention: share,
      scored: count,
    }),
  ),
});
export type Recovery = z.infer<typeof Recovery>;

/** Of detractors (before ≤ 6) who gave an after score, how many became promoters, by the kinds of compensation they got ('none': nothing given). A separate chart, so its own channel. */
export const RecoveryByKind = z.object({
  byKind: z.array(
    z.object({
      kind: z.enum([...COMPENSATION_KINDS, 'none']),
      detractors: count,
      recovered: count,
      rate: share,
    }),
  ),
});
export type RecoveryByKind = z.infer<typeof RecoveryByKind>;

export const Breakdowns = z.object({
  byChannel: z.array(z.object({ channel: ChannelEnum, incidents: count })),
  byCategory: z.array(z.object({ categoryId: Id.nullable(), name: z.string().nullable(), incidents: count })),
  bySeverity: z.array(z.object({ severity: SeverityNum, incidents: count })),
});
export type Breakdowns = z.infer<typeof Breakdowns>;
