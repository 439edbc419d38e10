import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { divideRoundHalfAway, nps } from '../../electron/main/core/figures/nps';
import { tempCore, type TempCore } from '../support/core';

// A small fixed month, computed by hand. Times are local (new Date(y, m, d, h)), so the
// local-day rules hold in whatever time zone the tests run.
let t: TempCore;
const local = (m: number, d: number, h = 10) => new Date(2026, m - 1, d, h).toISOString();
const october = { from: '2026-10-01', to: '2026-10-31' };
const ids: Record<string, number[]> = {};
const cause: Record<string, number> = {};

beforeEach(async () => {
  t = tempCore(new Date(2026, 10, 5, 12));
  for (const [key, name] of [['A', 'Short-staffed at peak times'], ['B', 'Equipment fault'], ['C', 'Training gap'], ['D', 'Layout causes queues']]) {
    cause[key!] = (await t.call('rootCauses.list', {})).find((c) => c.name === name)!.id;
  }
  const wait = (await t.call('categories.list', {})).find((c) => c.name === 'Wait or delay')!.id;
  const staff = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 1_000_000 })).id;
  const add = async (key: string | null, at: string, extra: Record<string, unknown> = {}) => {
    const { incident } = await t.call('incidents.create', { whatHappened: `${key ?? 'none'} ${at}`, occurredAt: at, ...extra });
    if (key) await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause[key]! } });
    (ids[key ?? 'none'] ??= []).push(incident.id);
    return incident.id;
  };
  const A = { categoryId: wait };
  const i1 = await add('A', local(10, 2), A);
  const i2 = await add('A', local(10, 2, 11), A);
  const i3 = await add('A', local(10, 9), A);
  const i4 = await add('B', local(10, 9), { severity: 4 });
  const i5 = await add('D', local(10, 10), { channel: 'phone' });
  await add('D', local(10, 10, 11), { channel: 'phone' });
  await add('D', local(10, 10, 12), { channel: 'phone' });
  await add('A', local(10, 20), A);
  await add('A', local(10, 20, 11), A);
  await add('C', local(10, 20, 12));
  const u1 = await add(null, local(10, 25));
  await add(null, local(10, 25, 11));
  await add('A', local(9, 15)); //  before the period: the 30 days before, for callouts
  await add('D', local(9, 10));
  await add('D', local(9, 10, 11));
  await add('D', local(9, 20));
  const b2 = await add('B', local(11, 1)); // after the period
  const scores: [number, Record<string, unknown>][] = [
    [i1, { scoreBefore: 2, scoreAfter: 9, outcome: 'retained' }],
    [i2, { scoreBefore: 5, scoreAfter: 6, outcome: 'lost' }],
    [i3, { scoreBefore: 10, outcome: 'retained' }],
    [i4, { scoreAfter: 10 }],
    [i5, { scoreBefore: 8, scoreAfter: 9, outcome: 'retained' }],
  ];
  for (const [id, changes] of scores) await t.call('incidents.update', { id, changes });
  const give = (incidentId: number, kind: 'refund' | 'voucher' | 'gift', cost: number, givenAt: string) =>
    t.call('compensations.add', { incidentId, kind, cost, givenById: staff, givenAt });
  await give(i1, 'refund', 1000, local(10, 2, 12));
  await give(i5, 'voucher', 500, local(10, 10, 13));
  await give(u1, 'gift', 300, local(10, 25, 12));
  await give(b2, 'refund', 700, local(11, 1, 12));
});
afterEach(() => t.cleanup());

describe('the NPS arithmetic', () => {
  it('rounds halves away from zero, with integers only', () => {
    expect([divideRoundHalfAway(25, 2), divideRoundHalfAway(-25, 2), divideRoundHalfAway(-200, 3), divideRoundHalfAway(0, 7)]).toEqual([13, -13, -67, 0]);
    expect([nps(1, 0, 8), nps(0, 1, 8), nps(1, 2, 3), nps(0, 0, 0)]).toEqual([13, -13, -33, null]);
  });
});

describe('Patterns for October, by hand', () => {
  it('callouts: recurring (3+ in the last 30 days) and rising (at least twice the 30 before)', async () => {
    const c = await t.call('patterns.callouts', october);
    expect(c.window).toEqual({ from: '2026-10-02', to: '2026-10-31', previousFrom: '2026-09-02' });
    expect(c.causes.map((x) => [x.name, x.last30, x.previous30, x.rising])).toEqual([
      ['Short-staffed at peak times', 5, 1, true],
      ['Layout causes queues', 3, 3, false],
    ]);
  });

  it("callouts: each cause's lessons, open ones first, then the latest, five at most", async () => {
    const make = async (title: string, status: 'proposed' | 'in_progress' | 'done' | 'dropped', key = 'A') =>
      (await t.call('lessons.create', { title, status, rootCauseId: cause[key]! })).lesson.id;
    await make('Rota reviewed', 'done');
    const open1 = await make('Cover at lunch', 'proposed');
    const dropped = await make('Hire a runner', 'dropped');
    const open2 = await make('Split the queue', 'in_progress');
    const open3 = await make('Second till at noon', 'proposed');
    const done2 = await make('Shift swap board', 'done');
    const layout = await make('Move the pastry case', 'proposed', 'D');
    // One clock for every write: ties on updated_at, so the newest id first; done and dropped are both closed.
    const c = await t.call('patterns.callouts', october);
    expect(c.causes.map((x) => [x.name, x.lessons.map((l) => l.id)])).toEqual([
      ['Short-staffed at peak times', [open3, open2, open1, done2, dropped]],
      ['Layout causes queues', [layout]],
    ]);
  });

  it('Pareto: most first, cumulative share of all incidents; and by compensation cost', async () => {
    const p = await t.call('patterns.pareto', october);
    expect(p.undiagnosed).toBe(2);
    expect(p.byCount.map((r) => [r.name, r.incidents, Number(r.cumulativeShare.toFixed(4))])).toEqual([
      ['Short-staffed at peak times', 5, Number((5 / 12).toFixed(4))],
      ['Layout causes queues', 3, Number((8 / 12).toFixed(4))],
      ['Equipment fault', 1, Number((9 / 12).toFixed(4))],
      ['Training gap', 1, Number((10 / 12).toFixed(4))],
    ]);
    expect(p.byCost.map((r) => [r.name, r.compensation, Number(r.cumulativeShare.toFixed(4))])).toEqual([
      ['Short-staffed at peak times', 1000, Number((1000 / 1800).toFixed(4))],
      ['Layout causes queues', 500, Number((1500 / 1800).toFixed(4))],
    ]);
  });

  it('trend: Monday weeks clipped to the period, stacked by group; compensation per month', async () => {
    const tr = await t.call('patterns.trend', october);
    expect(tr.bucket).toBe('week');
    expect(tr.points.map((p) => [p.start, p.end, p.total, p.byGroup.People, p.byGroup.Equipment, p.byGroup.Place, p.byGroup.Undiagnosed])).toEqual([
      ['2026-10-01', '2026-10-04', 2, 2, 0, 0, 0],
      ['2026-10-05', '2026-10-11', 5, 1, 1, 3, 0],
      ['2026-10-12', '2026-10-18', 0, 0, 0, 0, 0],
      ['2026-10-19', '2026-10-25', 5, 3, 0, 0, 2],
      ['2026-10-26', '2026-10-31', 0, 0, 0, 0, 0],
    ]);
    expect(tr.compensationByMonth).toEqual([{ month: '2026-10', start: '2026-10-01', end: '2026-10-31', compensation: 1800 }]);
    const year = await t.call('patterns.trend', { from: '2026-01-01', to: '2026-12-31' });
    expect(year.bucket).toBe('month');
    expect(year.points.map((p) => p.total)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 4, 12, 1, 0]);
  });

  it('recovery: NPS before and after, lift over both, recovery rate, retention; and by kind', async () => {
    const r = await t.call('patterns.recovery', october);
    // before [2, 5, 10, 8]: (1 − 2) / 4 = −25; after [9, 6, 10, 9]: (3 − 1) / 4 = 50.
    // Both scores (2→9, 5→6, 8→9): before (0 − 2) / 3 = −66.7 → −67, after (2 − 1) / 3 = 33.3 → 33; lift 100.
    expect(r.overall).toEqual({ npsBefore: -25, npsAfter: 50, npsLift: 100, recoveryRate: 0.5, retention: 0.75 });
    expect(r.byMonth).toEqual([{ month: '2026-10', npsBefore: -25, npsAfter: 50, recoveryRate: 0.5, retention: 0.75, scored: 5 }]);
    const k = await t.call('patterns.recoveryByKind', october);
    expect(k.byKind).toEqual([
      { kind: 'refund', detractors: 1, recovered: 1, rate: 1 },
      { kind: 'none', detractors: 1, recovered: 0, rate: 0 },
    ]);
  });

  it('breakdowns by channel, category and severity', async () => {
    const b = await t.call('patterns.breakdowns', october);
    expect(b.byChannel).toEqual([{ channel: 'in_person', incidents: 9 }, { channel: 'phone', incidents: 3 }]);
    expect(b.byCategory).toEqual([{ categoryId: null, name: null, incidents: 7 }, { categoryId: expect.any(Number), name: 'Wait or delay', incidents: 5 }]);
    expect(b.bySeverity).toEqual([{ severity: 1, incidents: 11 }, { severity: 4, incidents: 1 }]);
  });

  it('moves with a merge and keeps a retired cause', async () => {
    await t.call('rootCauses.merge', { fromId: cause.D!, intoId: cause.A! });
    await t.call('rootCauses.update', { id: cause.B!, active: false });
    const p = await t.call('patterns.pareto', october);
    expect(p.byCount.map((r) => [r.name, r.incidents])).toEqual([['Short-staffed at peak times', 8], ['Equipment fault', 1], ['Training gap', 1]]);
    expect(p.byCost.map((r) => [r.name, r.compensation])).toEqual([['Short-staffed at peak times', 1500]]);
  });
});

describe('an empty period', () => {
  it('gives zeros and nulls, never a division by zero', async () => {
    const jan = { from: '2026-01-01', to: '2026-01-31' };
    expect((await t.call('patterns.callouts', jan)).causes).toEqual([]);
    expect(await t.call('patterns.pareto', jan)).toEqual({ byCount: [], byCost: [], undiagnosed: 0 });
    expect((await t.call('patterns.trend', jan)).points.every((p) => p.total === 0)).toBe(true);
    expect(await t.call('patterns.recovery', jan)).toEqual({
      overall: { npsBefore: null, npsAfter: null, npsLift: null, recoveryRate: null, retention: null },
      byMonth: [{ month: '2026-01', npsBefore: null, npsAfter: null, recoveryRate: null, retention: null, scored: 0 }],
    });
    expect(await t.call('patterns.recoveryByKind', jan)).toEqual({ byKind: [] });
    expect(await t.call('patterns.breakdowns', jan)).toEqual({ byChannel: [], byCategory: [], bySeverity: [] });
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    expect(await t.raw('patterns.pareto', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'to', message: 'From must not be after To' }] });
  });
});
