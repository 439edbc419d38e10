// Removing a compensation is soft: it stops counting everywhere at once (the incident, the journal
// row, the tracker, the giver's allowance) and can be restored while it still fits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { snapshot } from '../support/snapshot';

let t: TempCore;
let sam: number;
let priya: number;
let incident: { id: number; ref: string };
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
  priya = (await t.call('staff.create', { name: 'Priya', role: 'Owner', monthlyAllowance: 0 })).id;
  incident = (await t.call('incidents.create', { whatHappened: 'Cake for the wrong day', occurredAt: '2026-10-01T09:00:00.000Z' })).incident;
});
afterEach(() => t.cleanup());

const refund = (cost: number, extra: Record<string, unknown> = {}) => ({ incidentId: incident.id, kind: 'refund' as const, cost, givenById: sam, ...extra });

/** What the incident, its journal row, the tracker and the allowance say about money given. */
async function money() {
  const detail = await t.call('incidents.get', { id: incident.id });
  const month = await t.call('compensations.month', { month: '2026-10' });
  return {
    onIncident: detail.compensations,
    journalRow: (await t.call('incidents.list', {})).items.find((r) => r.id === incident.id)?.compensationTotal,
    tracker: { total: month.total, count: month.count, byKind: month.byKind, byStaff: month.byStaff, entries: month.entries },
    spent: (await t.call('compensations.checkAllowance', { givenById: sam, cost: 0 })).spent,
    figures: (await t.call('figures.month', { month: '2026-10' })).compensation_total,
    pareto: (await t.call('patterns.pareto', { from: '2026-10-01', to: '2026-10-31' })).byCost,
  };
}

describe('removing a compensation', () => {
  it('stops it counting everywhere, and restoring brings every figure back as it was', async () => {
    await t.call('compensations.add', refund(1000));
    const cake = await t.call('compensations.add', refund(2500, { kind: 'voucher' }));
    const before = await money();
    await t.call('compensations.remove', { id: cake.id });
    const after = await money();
    expect(after).toMatchObject({ journalRow: 1000, spent: 1000, figures: 1000, tracker: { total: 1000, count: 1 } });
    expect(after.onIncident.map((c) => c.cost)).toEqual([1000]);
    expect((await t.call('recentlyDeleted.list', {})).compensations).toEqual([
      {
        id: cake.id,
        incidentId: incident.id,
        incidentRef: incident.ref,
        kind: 'voucher',
        description: '',
        cost: 2500,
        givenAt: '2026-10-15T12:00:00.000Z',
        deletedAt: '2026-10-15T12:00:00.000Z',
        erasedAfter: '2026-11-14T12:00:00.000Z',
      },
    ]);

    expect(await t.call('compensations.restore', { id: cake.id })).toEqual(cake);
    expect(await money()).toEqual(before);
    const events = (await t.call('incidents.get', { id: incident.id })).events.filter((e) => e.kind === 'compensation');
    expect(events.map((e) => e.field)).toEqual(['added', 'added', 'removed', 'restored']);
    expect(JSON.parse(events[3]!.to!)).toEqual({ kind: 'voucher', cost: 2500, description: '' });
  });

  it('frees the allowance at once: a removed entry is not counted against the giver', async () => {
    const big = await t.call('compensations.add', refund(46_000));
    expect((await t.call('compensations.checkAllowance', { givenById: sam, cost: 6500 })).needsApproval).toBe(true);
    await t.call('compensations.remove', { id: big.id });
    expect(await t.call('compensations.checkAllowance', { givenById: sam, cost: 6500 })).toMatchObject({ spent: 0, needsApproval: false });
    expect((await t.call('compensations.add', refund(6500))).approvedById).toBeNull();
  });

  it('will not restore an entry that no longer fits the allowance, says why, and writes nothing', async () => {
    const first = await t.call('compensations.add', refund(30_000));
    await t.call('compensations.remove', { id: first.id });
    await t.call('compensations.add', refund(40_000)); // given meanwhile, within the freed allowance
    const before = snapshot(t.core.db);
    expect(await t.raw('compensations.restore', { id: first.id })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'This refund cannot come back as it was: Sam has $100.00 of $500.00 left this month; this entry is $300.00. Add it again and choose who approved it.',
    });
    expect(snapshot(t.core.db)).toBe(before);
    // An entry someone approved comes back: the approval covered going past the allowance.
    const approved = await t.call('compensations.add', refund(20_000, { approvedById: priya }));
    await t.call('compensations.remove', { id: approved.id });
    expect((await t.call('compensations.restore', { id: approved.id })).approvedById).toBe(priya);
  });

  it('will not restore an entry whose incident was deleted; the incident brings back only what left with it', async () => {
    const early = await t.call('compensations.add', refund(1000));
    const late = await t.call('compensations.add', refund(2000, { kind: 'gift' }));
    await t.call('compensations.remove', { id: early.id }); // removed on its own first
    await t.call('incidents.remove', { id: incident.id });
    const before = snapshot(t.core.db);
    for (const id of [early.id, late.id]) {
      expect(await t.raw('compensations.restore', { id })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: expect.stringMatching(new RegExp(`^This (refund|gift) was on incident ${incident.ref}, which was deleted\\. Restore the incident to bring it back\\.$`)),
      });
    }
    expect(snapshot(t.core.db)).toBe(before);
    expect((await t.call('compensations.month', { month: '2026-10' })).total).toBe(0);

    const back = await t.call('incidents.restore', { id: incident.id });
    expect(back.compensations).toEqual([late]);
    expect((await t.call('recentlyDeleted.list', {})).compensations.map((c) => c.id)).toEqual([early.id]);
    await t.call('compensations.restore', { id: early.id });
    expect((await t.call('compensations.month', { month: '2026-10' })).total).toBe(3000);
  });

  it('answers a bad id or a second attempt in plain words', async () => {
    const c = await t.call('compensations.add', refund(1000));
    expect(await t.raw('compensations.restore', { id: c.id })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'This refund was not removed, so there is nothing to restore.',
    });
    await t.call('compensations.remove', { id: c.id });
    expect(await t.raw('compensations.remove', { id: c.id })).toEqual({ ok: false, code: 'NOT_FOUND', message: `Compensation ${c.id} was not found.` });
    expect(await t.raw('compensations.update', { id: c.id, changes: { cost: 5 } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.raw('compensations.restore', { id: 999 })).toEqual({ ok: false, code: 'NOT_FOUND', message: 'Compensation 999 was not found.' });
    expect(await t.raw('compensations.restore', { id: 'x' })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});
