import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { monthRange } from '../../electron/main/core/figures/period';
import { tempCore, type TempCore } from '../support/core';

// The shop's months are its own clock's: run where a month begins 13 hours before UTC's.
const originalTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Pacific/Auckland';
});
afterAll(() => {
  process.env.TZ = originalTz;
});

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-11-05T00:00:00.000Z'));
});
afterEach(() => t.cleanup());

describe('month boundaries on the shop’s clock', () => {
  it('run from local midnight on the 1st to local midnight on the next 1st', () => {
    // New Zealand daylight time (UTC+13) from 27 September 2026.
    expect(monthRange('2026-10')).toEqual({
      month: '2026-10',
      fromIso: '2026-09-30T11:00:00.000Z',
      toIso: '2026-10-31T11:00:00.000Z',
      from: '2026-10-01',
      to: '2026-10-31',
    });
  });
});

describe('compensation figures for a month', () => {
  it('match sums done by hand, with entries on the first and last minute of the month', async () => {
    const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
    const priya = (await t.call('staff.create', { name: 'Priya', monthlyAllowance: 100_000 })).id;
    await t.call('staff.create', { name: 'Idle', monthlyAllowance: 5000 });
    const cause = (await t.call('rootCauses.list', {})).find((c) => c.name === 'Equipment fault')!;
    const a = (await t.call('incidents.create', { whatHappened: 'Machine broke', occurredAt: '2026-09-20T00:00:00.000Z' })).incident.id;
    const b = (await t.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: '2026-09-20T00:00:00.000Z' })).incident.id;
    await t.call('incidents.update', { id: a, changes: { rootCauseId: cause.id } });
    const add = (incidentId: number, kind: 'refund' | 'voucher' | 'replacement' | 'gift' | 'discount', cost: number, givenById: number, givenAt: string) =>
      t.call('compensations.add', { incidentId, kind, cost, givenById, givenAt });

    await add(a, 'voucher', 700, sam, '2026-09-30T10:59:00.000Z'); //     30 Sep 23:59 local: September
    await add(a, 'refund', 1000, sam, '2026-09-30T11:00:00.000Z'); //      1 Oct 00:00 local: October
    await add(b, 'discount', 350, sam, '2026-10-15T01:00:00.000Z'); //     15 Oct: October
    await add(b, 'replacement', 2500, priya, '2026-10-31T10:59:00.000Z'); // 31 Oct 23:59 local: October
    await add(b, 'gift', 400, priya, '2026-10-31T11:00:00.000Z'); //       1 Nov 00:00 local (31 Oct in UTC): November

    const m = await t.call('compensations.month', { month: '2026-10' });
    expect(m.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect([m.total, m.count]).toEqual([3850, 3]);
    expect(m.previous).toEqual({ month: '2026-09', total: 700, count: 1 });
    expect(m.byKind).toEqual([
      { kind: 'replacement', total: 2500, count: 1 },
      { kind: 'refund', total: 1000, count: 1 },
      { kind: 'discount', total: 350, count: 1 },
    ]);
    expect(m.byRootCause).toEqual([
      { rootCauseId: null, name: null, group: null, total: 2850, count: 2 },
      { rootCauseId: cause.id, name: 'Equipment fault', group: 'Equipment', total: 1000, count: 1 },
    ]);
    expect(m.byStaff.map((s) => [s.name, s.spent, s.count, s.allowance])).toEqual([
      ['Idle', 0, 0, 5000],
      ['Priya', 2500, 1, 100_000],
      ['Sam', 1350, 2, 100_000],
    ]);
    expect(m.entries.map((e) => [e.kind, e.incidentRef, e.givenByName])).toEqual([
      ['replacement', 'MG-2', 'Priya'],
      ['discount', 'MG-2', 'Sam'],
      ['refund', 'MG-1', 'Sam'],
    ]);
    expect((await t.call('compensations.month', { month: '2026-11' })).total).toBe(400);
  });

  it('are zero, not missing, for a month with nothing given', async () => {
    const m = await t.call('compensations.month', { month: '2026-02' });
    expect(m).toMatchObject({ total: 0, count: 0, byKind: [], byRootCause: [], entries: [], period: { from: '2026-02-01', to: '2026-02-28' } });
  });

  it('refuse a month that is not one', async () => {
    expect(await t.raw('compensations.month', { month: '2026-13' })).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'month', message: 'Month must look like 2026-10' }] });
  });
});
