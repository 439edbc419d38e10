import { z } from 'zod';
import { COMPENSATION_KINDS } from '../domain';
import { say } from '../i18n/say';
import { Month } from './compensation';
import { CauseGroup } from './settings';

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();
const nps = z.number().int().min(-100).max(100).nullable();

/**
 * docs/domain.md's figures for a period, exactly the object `makegood figures --json` prints:
 * shares are fractions 0-1 (two decimals), money is integer minor units, nothing to count is null.
 */
export const MonthFigures = z.object({
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  incidents: count,
  per_1000_transactions: z.number().nullable(),
  resolved_same_day_share: share,
  median_minutes_to_resolve: z.number().int().nullable(),
  follow_ups_due: count,
  follow_ups_kept_share: share,
  overdue_follow_ups: count,
  compensation_total: count,
  compensation_by_kind: z.partialRecord(z.enum(COMPENSATION_KINDS), count),
  /** Of compensation_total: entries kept past their giver's allowance with nobody's approval (imported history). */
  compensation_over_allowance_unapproved: count,
  /** Vouchers given in the period (not removed), and how many of those have been redeemed by now. */
  vouchers_given: count,
  vouchers_redeemed: count,
  nps_before: nps,
  nps_after: nps,
  nps_lift: z.number().int().min(-200).max(200).nullable(),
  recovery_rate: share,
  retention: share,
  /** People with an incident in the month and another in the 90 days before that one (docs/domain.md). */
  repeat_customers: count,
  top_root_causes: z.array(
    z.object({
      root_cause: z.string(),
      group: CauseGroup,
      incidents: count,
      cumulative_share: z.number().min(0).max(1),
      compensation: count,
    }),
  ),
  recurring: z.array(z.string()),
  rising: z.array(z.string()),
});
export type MonthFigures = z.infer<typeof MonthFigures>;

/** The month's transaction count, entered by the owner, for incidents per 1,000 transactions. */
export const TransactionsSet = z.strictObject({
  month: Month,
  count: z
    .number()
    .int({ error: () => say('check.transactions.whole') })
    .min(1, { error: () => say('check.transactions.atLeastOne') })
    .max(10_000_000)
    .nullable(),
});
export { Month };
