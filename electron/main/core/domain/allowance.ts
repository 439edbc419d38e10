// The monthly recovery allowance ("the $500 rule"): how much a person may give away in a month
// without asking. One definition of "needs approval", used by the form's check, the app's writes,
// the import and the demo.
import { allowanceSentence } from '../../../../shared/allowance';
import { formatMoney } from '../../../../shared/format';
import type { AllowanceCheck } from '../../../../shared/schemas/compensation';
import type { Db } from '../db/open';
import { monthOf, monthRange } from '../figures/period';
import { say } from '../i18n/speak';
import { getSettings } from '../repos/settings';
import { fieldError } from './rules';
import { statement } from './statements';

export interface StaffAllowanceRow {
  id: number;
  name: string;
  active: number;
  monthly_allowance: number;
}

/** The two fields that name a staff member on an entry, and what each says when nobody has that id. */
const NO_SUCH_STAFF = { givenById: 'allowance.noGiver', approvedById: 'allowance.noApprover' } as const;

export function staffRow(db: Db, id: number, path: keyof typeof NO_SUCH_STAFF): StaffAllowanceRow {
  const row = statement(db, 'SELECT id, name, active, monthly_allowance FROM staff WHERE id = ?').get(id) as StaffAllowanceRow | undefined;
  if (!row) throw fieldError(path, say(NO_SUCH_STAFF[path], { id: String(id) }));
  return row;
}

/** What a person has given in the month of `givenAt` (live entries only), without the entry `excludeId`. */
export function spentInMonth(db: Db, staffId: number, givenAt: string, excludeId?: number): number {
  const { fromIso, toIso } = monthRange(monthOf(givenAt));
  return statement(
    db,
    `SELECT coalesce(sum(cost), 0) FROM compensations
     WHERE given_by_id = ? AND deleted_at IS NULL AND given_at >= ? AND given_at < ? AND id IS DISTINCT FROM ?`,
  )
    .pluck()
    .get(staffId, fromIso, toIso, excludeId ?? null) as number;
}

/** An entry needs someone's approval when it costs something and more than what is left. */
export const needsApproval = (allowance: number, spent: number, cost: number) => cost > 0 && cost > allowance - spent;

/** Where the giver stands this month (the month of `givenAt`), without the entry being edited. */
export function checkAllowance(db: Db, givenById: number, cost: number, givenAt: string, excludeId?: number): AllowanceCheck {
  const giver = staffRow(db, givenById, 'givenById');
  const spent = spentInMonth(db, givenById, givenAt, excludeId);
  return {
    staffId: giver.id,
    staffName: giver.name,
    month: monthOf(givenAt),
    allowance: giver.monthly_allowance,
    spent,
    remaining: giver.monthly_allowance - spent,
    cost,
    needsApproval: needsApproval(giver.monthly_allowance, spent, cost),
  };
}

/** "Sam has $40.00 of $500.00 left this month; this entry is $65.00." in the shop's currency and language. */
export function allowanceWords(db: Db, check: AllowanceCheck, now: string): string {
  const { currency, locale } = getSettings(db);
  const money = (minor: number) => formatMoney(minor, { currency, locale });
  return allowanceSentence(check, money, { currentMonth: monthOf(now) });
}

/**
 * Running spend per person and month over a batch of writes (an import, the demo): what the file
 * already holds for that month, read once, plus each entry as it is written.
 */
export class AllowanceLedger {
  private readonly spent = new Map<string, number>();
  private readonly allowances = new Map<number, number>();

  constructor(private readonly db: Db) {}

  /**
   * Whether `cost` given by `staffId` at `givenAt` passes their allowance; then counts it. A
   * negative id stands for someone a dry run of an import would add: no allowance, nothing given yet.
   */
  add(staffId: number, givenAt: string, cost: number): { overAllowance: boolean } {
    const key = `${staffId}:${monthOf(givenAt)}`;
    const spent = this.spent.get(key) ?? (staffId < 0 ? 0 : spentInMonth(this.db, staffId, givenAt));
    let allowance = this.allowances.get(staffId);
    if (allowance === undefined) {
      allowance = staffId < 0 ? 0 : staffRow(this.db, staffId, 'givenById').monthly_allowance;
      this.allowances.set(staffId, allowance);
    }
    this.spent.set(key, spent + cost);
    return { overAllowance: needsApproval(allowance, spent, cost) };
  }
}
