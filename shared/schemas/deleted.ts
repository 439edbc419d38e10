// Deleting is soft: a deleted incident or compensation leaves every list and figure at once,
// can be restored for a while, and is erased for good after that.
import { z } from 'zod';
import { Id, Instant } from './common';
import { CompensationKindEnum } from './compensation';

/**
 * How long something deleted can still be restored. Long enough to span a month-end review
 * ("where did that refund go?"), short enough that a customer's details do not linger.
 * Rows deleted longer ago are erased when Makegood opens its data file.
 */
export const KEEP_DELETED_DAYS = 30;

// Whole 24-hour days, not calendar days: the same instant on every clock, a DST change included.
const KEPT_MS = KEEP_DELETED_DAYS * 86_400_000;

/** The instant after which a row deleted at `deletedAt` is erased for good. */
export const erasedAfter = (deletedAt: string | Date): string => new Date(+new Date(deletedAt) + KEPT_MS).toISOString();

/** Rows deleted before this instant have had their time: they are erased. */
export const eraseBefore = (now: Date): string => new Date(+now - KEPT_MS).toISOString();

export const DeletedIncident = z.object({
  id: Id,
  ref: z.string(),
  occurredAt: Instant,
  summary: z.string(),
  customerName: z.string(),
  deletedAt: Instant,
  /** Erased for good when the data file is opened after this instant. */
  erasedAfter: Instant,
});
export type DeletedIncident = z.infer<typeof DeletedIncident>;

export const DeletedCompensation = z.object({
  id: Id,
  incidentId: Id,
  incidentRef: z.string(),
  kind: CompensationKindEnum,
  description: z.string(),
  cost: z.number().int().min(0),
  givenAt: Instant,
  deletedAt: Instant,
  erasedAfter: Instant,
});
export type DeletedCompensation = z.infer<typeof DeletedCompensation>;

/**
 * What can still be restored, newest deletion first, at most 500 of each (the totals say how many
 * there are in all). Compensations deleted with their incident come back with it, so they are not listed on their own.
 */
export const RecentlyDeleted = z.object({
  keptDays: z.number().int().positive(),
  incidents: z.array(DeletedIncident),
  /** Deleted incidents in all, listed or not. */
  incidentsTotal: z.number().int().min(0),
  compensations: z.array(DeletedCompensation),
  /** Removed compensations in all, listed or not. */
  compensationsTotal: z.number().int().min(0),
});
export type RecentlyDeleted = z.infer<typeof RecentlyDeleted>;
