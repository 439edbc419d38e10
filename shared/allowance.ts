import type { AllowanceCheck } from './schemas/compensation';

/**
 * The sentence the form shows, and the server says, when an entry needs someone's approval:
 * "Sam has $40.00 of $500.00 left this month; this entry is $65.00."
 */
export function allowanceSentence(check: AllowanceCheck, money: (minor: number) => string): string {
  const entry = `this entry is ${money(check.cost)}.`;
  if (check.allowance === 0) {
    return `${check.staffName}'s allowance is ${money(0)}, so every entry needs approval; ${entry}`;
  }
  return `${check.staffName} has ${money(Math.max(check.remaining, 0))} of ${money(check.allowance)} left this month; ${entry}`;
}
