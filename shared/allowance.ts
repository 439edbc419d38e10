import type { AllowanceCheck } from './schemas/compensation';

/** "this month", or "in October 2026" for an entry dated in another month. */
function whenLabel(month: string, currentMonth: string, locale: string): string {
  if (month === currentMonth) return 'this month';
  const [year, m] = month.split('-').map(Number);
  const name = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(new Date(year ?? 0, (m ?? 1) - 1, 1));
  return `in ${name}`;
}

/**
 * The sentence the form shows, and the server says, when an entry needs someone's approval:
 * "Sam has $40.00 of $500.00 left this month; this entry is $65.00.", or once past it,
 * "Lea is over by $55.00 on a $60.00 allowance this month; this entry is $20.00."
 */
export function allowanceSentence(
  check: AllowanceCheck,
  money: (minor: number) => string,
  { currentMonth, locale }: { currentMonth: string; locale: string },
): string {
  const entry = `this entry is ${money(check.cost)}.`;
  const when = whenLabel(check.month, currentMonth, locale);
  if (check.allowance === 0) {
    return `${check.staffName}'s allowance is ${money(0)}, so every entry needs approval; ${entry}`;
  }
  // Past the allowance already: the amount over, never "$0.00 left".
  if (check.remaining < 0) {
    return `${check.staffName} is over by ${money(-check.remaining)} on a ${money(check.allowance)} allowance ${when}; ${entry}`;
  }
  return `${check.staffName} has ${money(check.remaining)} of ${money(check.allowance)} left ${when}; ${entry}`;
}
