import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { snapshot } from '../support/snapshot';

let t: TempCore;
let sam: number;
let priya: number;
let incident: number;
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
  priya = (await t.call('staff.create', { name: 'Priya', role: 'Owner', monthlyAllowance: 0 })).id;
  incident = (await t.call('incidents.create', { whatHappened: 'Cake for the wrong day', occurredAt: '2026-10-01T09:00:00.000Z' })).incident.id;
});
afterEach(() => t.cleanup());

const refund = (cost: number, extra: Record<string, unknown> = {}) => ({ incidentId: incident, kind: 'refund' as const, cost, givenById: sam, ...extra });

describe('a compensation on an incident', () => {
  it('is recorded at now by default, shows on the incident and in its timeline', async () => {
    const c = await t.call('compensations.add', { ...refund(1250), description: 'Cake refunded' });
    expect(c).toMatchObject({ kind: 'refund', cost: 1250, givenById: sam, givenAt: '2026-10-15T12:00:00.000Z', approvedById: null });
    const detail = await t.call('incidents.get', { id: incident });
    expect(detail.compensations).toEqual([c]);
    const event = detail.events.find((e) => e.kind === 'compensation');
    expect(event).toMatchObject({ field: 'added', from: null });
    expect(JSON.parse(event!.to!)).toEqual({ kind: 'refund', cost: 1250, description: 'Cake refunded' });
  });

  it('is edited and removed, each change in the timeline', async () => {
    const c = await t.call('compensations.add', refund(1000));
    const edited = await t.call('compensations.update', { id: c.id, changes: { kind: 'voucher', cost: 1500 } });
    expect(edited).toMatchObject({ kind: 'voucher', cost: 1500 });
    await t.call('compensations.remove', { id: c.id });
    const detail = await t.call('incidents.get', { id: incident });
    expect(detail.compensations).toEqual([]);
    expect(detail.events.filter((e) => e.kind === 'compensation').map((e) => e.field)).toEqual(['added', 'changed', 'removed']);
    expect(await t.raw('compensations.remove', { id: c.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it.each([
    ['a negative amount', { cost: -100 }, 'cost', 'Cost cannot be negative'],
    ['a non-numeric amount', { cost: '12.50' }, 'cost', 'Cost must be an amount of money in minor units (cents)'],
    ['a fraction of a cent', { cost: 12.5 }, 'cost', 'Cost must be a whole number of minor units (cents)'],
    ['an absurd amount', { cost: 250_000_000 }, 'cost', 'Cost is larger than any make-good should be; check the amount'],
    ['an unknown staff member', { givenById: 999 }, 'givenById', 'Given by: staff member 999 does not exist.'],
    ['a date in the future', { givenAt: '2026-10-16T12:00:00.000Z' }, 'givenAt', 'Given at cannot be in the future.'],
    ['a date before the incident', { givenAt: '2026-09-30T12:00:00.000Z' }, 'givenAt', 'Given at cannot be before the incident happened.'],
    ['an incident that does not exist', { incidentId: 404 }, 'incidentId', 'Incident 404 does not exist.'],
    ['an unknown kind', { kind: 'hug' }, 'kind', 'Kind must be one of refund, discount, replacement, free_item, upgrade, voucher, gift, other'],
    ['an approver who does not exist', { approvedById: 77 }, 'approvedById', 'Approved by: staff member 77 does not exist.'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, change, path, message) => {
    const before = snapshot(t.core.db);
    const r = await t.raw('compensations.add', { ...refund(1000), ...change });
    expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    if (!r.ok) expect(r.issues).toContainEqual({ path, message });
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('refuses bad changes to an existing entry and keeps it as it was', async () => {
    const c = await t.call('compensations.add', refund(1000));
    const before = snapshot(t.core.db);
    for (const changes of [{ cost: -1 }, { givenById: 999 }, { givenAt: '2027-01-01T00:00:00.000Z' }]) {
      expect((await t.raw('compensations.update', { id: c.id, changes })).ok).toBe(false);
    }
    expect(snapshot(t.core.db)).toBe(before);
  });
});

describe('the monthly recovery allowance', () => {
  it('counts what the person gave this month and says, in words, when an entry needs approval', async () => {
    await t.call('compensations.add', refund(46_000));
    const check = await t.call('compensations.checkAllowance', { givenById: sam, cost: 6500 });
    expect(check).toEqual({ staffId: sam, staffName: 'Sam', month: '2026-10', allowance: 50_000, spent: 46_000, remaining: 4000, cost: 6500, needsApproval: true });
    const before = snapshot(t.core.db);
    const refused = await t.raw('compensations.add', refund(6500));
    expect(refused).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: 'Sam has $40.00 of $500.00 left this month; this entry is $65.00. Who approved it?',
      issues: [{ path: 'approvedById' }],
    });
    expect(snapshot(t.core.db)).toBe(before);
    const approved = await t.call('compensations.add', refund(6500, { approvedById: priya }));
    expect(approved.approvedById).toBe(priya);
  });

  it('lets an entry that fits go through without asking, up to the allowance exactly', async () => {
    await t.call('compensations.add', refund(46_000));
    expect((await t.call('compensations.checkAllowance', { givenById: sam, cost: 4000 })).needsApproval).toBe(false);
    await t.call('compensations.add', refund(4000));
    expect((await t.call('compensations.checkAllowance', { givenById: sam, cost: 1 })).needsApproval).toBe(true);
  });

  it('treats an allowance of 0 as "always ask", except for something that cost nothing', async () => {
    const owner = { ...refund(100), givenById: priya };
    expect(await t.raw('compensations.add', owner)).toMatchObject({ ok: false, message: "Priya's allowance is $0.00, so every entry needs approval; this entry is $1.00. Who approved it?" });
    expect((await t.call('compensations.add', { ...owner, cost: 0, kind: 'upgrade' })).cost).toBe(0);
    expect(await t.raw('compensations.add', { ...owner, approvedById: priya })).toMatchObject({ ok: false, issues: [{ path: 'approvedById', message: 'Someone other than Priya must approve it.' }] });
  });

  it('starts again each month, and an edit does not count the entry twice', async () => {
    t.setNow(new Date('2026-11-02T12:00:00.000Z'));
    const october = await t.call('compensations.add', refund(45_000, { givenAt: '2026-10-20T12:00:00.000Z' }));
    expect((await t.call('compensations.checkAllowance', { givenById: sam, cost: 45_000 })).spent).toBe(0);
    const check = await t.call('compensations.checkAllowance', { givenById: sam, cost: 48_000, givenAt: '2026-10-25T12:00:00.000Z', excludeId: october.id });
    expect(check).toMatchObject({ spent: 0, needsApproval: false });
    await t.call('compensations.update', { id: october.id, changes: { cost: 48_000 } });
    expect(await t.raw('compensations.update', { id: october.id, changes: { cost: 50_001 } })).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('names the month when the entry is dated in another one', async () => {
    t.setNow(new Date('2026-11-02T12:00:00.000Z'));
    await t.call('compensations.add', refund(46_000, { givenAt: '2026-10-20T12:00:00.000Z' }));
    const r = await t.raw('compensations.add', refund(6500, { givenAt: '2026-10-21T12:00:00.000Z' }));
    expect(r).toMatchObject({ ok: false, message: 'Sam has $40.00 of $500.00 left in October 2026; this entry is $65.00. Who approved it?' });
  });

  it('speaks the shop’s currency and locale', async () => {
    await t.call('settings.update', { currency: 'EUR', locale: 'de-DE' });
    await t.call('compensations.add', refund(46_000));
    const r = await t.raw('compensations.add', refund(6500));
    expect(r).toMatchObject({ ok: false, message: 'Sam has 40,00\u00a0€ of 500,00\u00a0€ left this month; this entry is 65,00\u00a0€. Who approved it?' });
  });
});
