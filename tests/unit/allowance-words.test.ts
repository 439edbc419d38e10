// The allowance warning in words: what is left while there is some, the amount over once past it.
import { describe, expect, it } from 'vitest';
import { allowanceSentence } from '../../shared/allowance';
import { formatMoney } from '../../shared/format';
import type { AllowanceCheck } from '../../shared/schemas/compensation';

const usd = (minor: number) => formatMoney(minor, { locale: 'en-US', currency: 'USD' });
const check = (spent: number, allowance: number, cost: number): AllowanceCheck => ({
  staffId: 1,
  staffName: 'Lea',
  month: '2026-10',
  allowance,
  spent,
  remaining: allowance - spent,
  cost,
  needsApproval: true,
});
const say = (c: AllowanceCheck) => allowanceSentence(c, usd, { currentMonth: '2026-10' });

describe('allowanceSentence', () => {
  it('says what is left while something is', () => {
    expect(say(check(2000, 6000, 6500))).toBe('Lea has $40.00 of $60.00 left this month; this entry is $65.00.');
    expect(say(check(6000, 6000, 500))).toBe('Lea has $0.00 of $60.00 left this month; this entry is $5.00.');
  });
  it('says by how much the person is already over, never "$0.00 left"', () => {
    const words = say(check(11500, 6000, 2000));
    expect(words).toBe('Lea is over by $55.00 on a $60.00 allowance this month; this entry is $20.00.');
    expect(words).not.toContain('left');
  });
  it('names another month by name', () => {
    expect(say({ ...check(11500, 6000, 2000), month: '2026-09' })).toContain('over by $55.00 on a $60.00 allowance in September 2026');
  });
});
