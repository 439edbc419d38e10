import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';

// India is UTC+5:30: a local midnight falls on a half hour in UTC, which catches any UTC day math.
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Kolkata';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

let t: TempCore;
const at = (m: number, d: number, h = 10, min = 0) => new Date(2026, m - 1, d, h, min).toISOString();
beforeEach(() => {
  t = tempCore(new Date(2026, 10, 5, 12));
});
afterEach(() => t.cleanup());

async function october() {
  const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 1_000_000 })).id;
  const cause = async (name: string) => (await t.call('rootCauses.list', {})).find((c) => c.name === name)!.id;
  const equipment = await cause('Equipment fault');
  const training = await cause('Training gap');
  const log = async (occurredAt: string, changes: Record<string, unknown> = {}, resolvedAt?: string) => {
    const { incident } = await t.call('incidents.create', { whatHappened: `At ${occurredAt}`, occurredAt });
    if (Object.keys(changes).length) await t.call('incidents.update', { id: incident.id, changes });
    if (resolvedAt) {
      t.setNow(new Date(resolvedAt));
      await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
      t.setNow(new Date(2026, 10, 5, 12));
    }
    return incident.id;
  };
  const a = await log(at(10, 1, 0, 0), { rootCauseId: equipment, followUpDueAt: at(10, 2), followedUpAt: at(10, 2, 9), scoreBefore: 3, scoreAfter: 10, outcome: 'retained' }, at(10, 1, 0, 30));
  await log(at(9, 30, 23, 59), {}, at(9, 30, 23, 59)); // last minute of September
  const c = await log(at(10, 31, 23, 59), { rootCauseId: equipment, followUpDueAt: at(11, 2) }, at(11, 1, 0, 10)); // last minute of October
  await log(at(11, 1, 0, 0)); // first minute of November
  const e = await log(at(10, 15), { rootCauseId: training, followUpDueAt: at(10, 16), followedUpAt: at(10, 17), scoreBefore: 8, scoreAfter: 9 }, at(10, 15, 12));
  await log(at(10, 20, 9), { followUpDueAt: at(10, 31, 23), scoreBefore: 0, outcome: 'lost' });
  const give = (incidentId: number, kind: 'refund' | 'voucher' | 'gift', cost: number, givenAt: string) =>
    t.call('compensations.add', { incidentId, kind, cost, givenById: sam, givenAt });
  await give(a, 'refund', 1000, at(10, 1, 0, 40));
  await give(c, 'voucher', 500, at(11, 1, 0, 5)); // given in November
  await give(e, 'gift', 250, at(10, 15, 12));
}

describe('a month’s figures, by hand (docs/domain.md)', () => {
  it('count by occurred_at on the shop’s clock, month edges included', async () => {
    await october();
    await t.call('figures.setTransactions', { month: '2026-10', count: 2000 });
    expect(await t.call('figures.month', { month: '2026-10' })).toEqual({
      period: { from: '2026-10-01', to: '2026-10-31' },
      incidents: 4, //                   1 Oct 00:00, 15 Oct, 20 Oct, 31 Oct 23:59
      per_1000_transactions: 2, //       4 × 1000 / 2000
      resolved_same_day_share: 0.5, //   1 Oct and 15 Oct; 31 Oct was resolved on 1 Nov
      median_minutes_to_resolve: 30, //  11, 30, 120
      follow_ups_due: 3, //              due 2 Oct (kept), 16 Oct (late), 31 Oct (not yet)
      follow_ups_kept_share: 0.33,
      overdue_follow_ups: 2, //          31 Oct and 2 Nov, now 5 Nov
      compensation_total: 1250, //       the voucher was given in November
      compensation_by_kind: { refund: 1000, gift: 250 },
      compensation_over_allowance_unapproved: 0,
      vouchers_given: 0, //              the voucher was given in November
      vouchers_redeemed: 0,
      nps_before: -67, //                [3, 8, 0]: (0 − 2) / 3
      nps_after: 100, //                 [10, 9]
      nps_lift: 150, //                  both scores: −50 → 100
      recovery_rate: 1, //               3 → 10
      retention: 0.5,
      repeat_customers: 0,
      top_root_causes: [
        { root_cause: 'Equipment fault', group: 'Equipment', incidents: 2, cumulative_share: 0.5, compensation: 1000 },
        { root_cause: 'Training gap', group: 'People', incidents: 1, cumulative_share: 0.75, compensation: 250 },
      ],
      recurring: [],
      rising: [],
    });
  });

  it('take the mean of the middle two for an even count, rounded to a whole minute', async () => {
    await october();
    const { incident } = await t.call('incidents.create', { whatHappened: 'Even', occurredAt: at(10, 21) });
    t.setNow(new Date(at(10, 21, 10, 45)));
    await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    expect((await t.call('figures.month', { month: '2026-10' })).median_minutes_to_resolve).toBe(38); // (30 + 45) / 2 = 37.5
  });

  it('are zero, empty or null for an empty month: nothing divided by zero', async () => {
    expect(await t.call('figures.month', { month: '2026-02' })).toEqual({
      period: { from: '2026-02-01', to: '2026-02-28' },
      incidents: 0,
      per_1000_transactions: null,
      resolved_same_day_share: null,
      median_minutes_to_resolve: null,
      follow_ups_due: 0,
      follow_ups_kept_share: null,
      overdue_follow_ups: 0,
      compensation_total: 0,
      compensation_by_kind: {},
      compensation_over_allowance_unapproved: 0,
      vouchers_given: 0,
      vouchers_redeemed: 0,
      nps_before: null,
      nps_after: null,
      nps_lift: null,
      recovery_rate: null,
      retention: null,
      repeat_customers: 0,
      top_root_causes: [],
      recurring: [],
      rising: [],
    });
  });

  it('keep the transaction count the owner entered, and refuse a bad one', async () => {
    await t.call('figures.setTransactions', { month: '2026-10', count: 1500 });
    expect(await t.call('figures.transactions', { month: '2026-10' })).toEqual({ month: '2026-10', count: 1500 });
    expect(await t.raw('figures.setTransactions', { month: '2026-10', count: 0 })).toMatchObject({ ok: false, issues: [{ path: 'count' }] });
    await t.call('figures.setTransactions', { month: '2026-10', count: null });
    expect((await t.call('figures.transactions', { month: '2026-10' })).count).toBeNull();
  });

  it('are printed by `makegood figures --json` as exactly that object', async () => {
    await october();
    t.core.close();
    const out = execFileSync('npx', ['tsx', 'electron/cli/index.ts', '--db', t.databasePath, 'figures', '--month', '2026-10', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Asia/Kolkata' },
    });
    const printed = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual([
      'period', 'incidents', 'per_1000_transactions', 'resolved_same_day_share', 'median_minutes_to_resolve',
      'follow_ups_due', 'follow_ups_kept_share', 'overdue_follow_ups', 'compensation_total', 'compensation_by_kind',
      'compensation_over_allowance_unapproved', 'vouchers_given', 'vouchers_redeemed', 'nps_before', 'nps_after', 'nps_lift', 'recovery_rate', 'retention', 'repeat_customers', 'top_root_causes', 'recurring', 'rising',
    ]);
    expect(printed).toMatchObject({ incidents: 4, compensation_total: 1250 });
    t.core = (await import('../../electron/main/core/app')).openCore({ databasePath: t.databasePath, version: 'test' });
  }, 30_000);
});
