import { say } from './i18n/say';
import type { AllowanceCheck } from './schemas/compensation';

/**
 * The sentence the form shows, and the server says, when an entry needs someone's approval:
 * "Sam has $40.00 of $500.00 left this month; this entry is $65.00.", or once past it,
 * "Lea is over by $55.00 on a $60.00 allowance this month; this entry is $20.00." An entry
 * dated in another month names it ("in October 2026"), in the sentence's language.
 */
export function allowanceSentence(check: AllowanceCheck, money: (minor: number) => string, { currentMonth }: { currentMonth: string }): string {
  const name = check.staffName;
  const cost = money(check.cost);
  if (check.allowance === 0) return say('allowance.zero', { name, zero: money(0), cost });
  const allowance = money(check.allowance);
  const thisMonth = check.month === currentMonth;
  // The 15th at noon UTC: the same calendar month on every clock the sentence may be formatted on.
  const [year, m] = check.month.split('-').map(Number);
  const month = Date.UTC(year ?? 0, (m ?? 1) - 1, 15, 12);
  // Past the allowance already: the amount over, never "$0.00 left".
  if (check.remaining < 0) {
    const over = money(-check.remaining);
    return thisMonth ? say('allowance.over.thisMonth', { name, over, allowance, cost }) : say('allowance.over.inMonth', { name, over, allowance, month, cost });
  }
  const remaining = money(check.remaining);
  return thisMonth ? say('allowance.left.thisMonth', { name, remaining, allowance, cost }) : say('allowance.left.inMonth', { name, remaining, allowance, month, cost });
}
