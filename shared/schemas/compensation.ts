import { z } from 'zod';
import { COMPENSATION_KINDS } from '../domain';
import { say } from '../i18n/say';
import { Id, Instant, InstantInRange, optionalText, ReadAt } from './common';
import { CauseGroup } from './settings';
import { isMonth, MONTH_PATTERN } from '../month';

/** Above this many minor units (100,000.00 in most currencies) an amount is a typo, not a make-good. */
export const MAX_COST = 10_000_000;

export const CompensationKindEnum = z.enum(COMPENSATION_KINDS, {
  error: () => say('check.oneOf', { label: say('check.field.kind'), list: COMPENSATION_KINDS.join(', ') }),
});

/** Money in minor units: a whole, non-negative number, never a float. */
export const Cost = z
  .number({ error: () => say('check.cost.notMoney') })
  .int({ error: () => say('check.cost.whole') })
  .min(0, { error: () => say('check.cost.negative') })
  .max(MAX_COST, { error: () => say('check.cost.tooLarge') });

/** `YYYY-MM`, a calendar month on the shop's clock, as a caller asks for it: 1900-01 to 2999-12. */
export const Month = z
  .string()
  .regex(MONTH_PATTERN, { error: () => say('check.month.pattern'), abort: true })
  .refine(isMonth, { error: () => say('check.month.range') });
/** A month in an answer: the month before 1900-01 is still a month. */
const MonthText = z.string().regex(MONTH_PATTERN);

export const Compensation = z.object({
  id: Id,
  incidentId: Id,
  kind: CompensationKindEnum,
  description: z.string(),
  cost: z.number().int().min(0),
  givenById: Id.nullable(),
  givenAt: Instant,
  approvedById: Id.nullable(),
  /** Imported past the giver's allowance with nobody to approve it: kept, and shown as such (docs/domain.md). */
  overAllowanceUnapproved: z.boolean(),
  /** A voucher's code (`MGV-7Q2K`), null for other kinds (docs/domain.md, "Vouchers"). */
  code: z.string().nullable(),
  /** When the voucher stops being accepted; null: no expiry (or not a voucher). */
  expiresAt: Instant.nullable(),
  redeemedAt: Instant.nullable(),
  /** The entry's last change: an edit sends it back (ReadAt). */
  updatedAt: Instant,
});
export type Compensation = z.infer<typeof Compensation>;

const Description = optionalText('check.field.description', 500);

export const CompensationAdd = z.strictObject({
  incidentId: Id,
  kind: CompensationKindEnum,
  description: Description.default(''),
  cost: Cost,
  givenById: Id,
  /** Defaults to now. */
  givenAt: InstantInRange.optional(),
  /** Needed when the entry takes the giver past this month's allowance. */
  approvedById: Id.nullable().default(null),
});
export type CompensationAdd = z.input<typeof CompensationAdd>;

export const CompensationUpdate = z.strictObject({
  id: Id,
  updatedAt: ReadAt,
  changes: z.strictObject({
    kind: CompensationKindEnum.optional(),
    description: Description.optional(),
    cost: Cost.optional(),
    givenById: Id.optional(),
    givenAt: InstantInRange.optional(),
    approvedById: Id.nullable().optional(),
  }),
});

/** Where a person stands against their monthly allowance, if this entry were saved. */
export const AllowanceCheckRequest = z.strictObject({
  givenById: Id,
  cost: Cost,
  givenAt: InstantInRange.optional(),
  /** The entry being edited, so it is not counted twice. */
  excludeId: Id.optional(),
});
export const AllowanceCheck = z.object({
  staffId: Id,
  staffName: z.string(),
  month: MonthText,
  allowance: z.number().int().min(0),
  /** Already given this month, without this entry. */
  spent: z.number().int().min(0),
  /** May be negative when the month is already over. */
  remaining: z.number().int(),
  cost: z.number().int().min(0),
  needsApproval: z.boolean(),
});
export type AllowanceCheck = z.infer<typeof AllowanceCheck>;

const Period = z.object({ from: z.iso.date(), to: z.iso.date() });

export const CompensationMonth = z.object({
  month: MonthText,
  period: Period,
  total: z.number().int().min(0),
  count: z.number().int().min(0),
  previous: z.object({ month: MonthText, total: z.number().int().min(0), count: z.number().int().min(0) }),
  byKind: z.array(z.object({ kind: CompensationKindEnum, total: z.number().int(), count: z.number().int() })),
  /** `rootCauseId` null: incidents not diagnosed yet. */
  byRootCause: z.array(
    z.object({
      rootCauseId: Id.nullable(),
      name: z.string().nullable(),
      group: CauseGroup.nullable(),
      total: z.number().int(),
      count: z.number().int(),
    }),
  ),
  /** Every active staff member, and anyone else who gave something this month. */
  byStaff: z.array(
    z.object({
      staffId: Id,
      name: z.string(),
      role: z.string(),
      active: z.boolean(),
      allowance: z.number().int(),
      spent: z.number().int(),
      count: z.number().int(),
      /** Of `spent`: entries past the allowance that nobody approved (imported history). */
      unapproved: z.number().int(),
      unapprovedCount: z.number().int(),
    }),
  ),
  /** Newest first, at most ENTRY_LIMIT; `count` says how many there are in all. */
  entries: z.array(
    z.object({
      id: Id,
      incidentId: Id,
      incidentRef: z.string(),
      kind: CompensationKindEnum,
      description: z.string(),
      cost: z.number().int(),
      givenAt: Instant,
      givenById: Id.nullable(),
      givenByName: z.string().nullable(),
      approvedByName: z.string().nullable(),
      overAllowanceUnapproved: z.boolean(),
      rootCauseName: z.string().nullable(),
    }),
  ),
});
export type CompensationMonth = z.infer<typeof CompensationMonth>;
export const ENTRY_LIMIT = 500;
