// Vouchers that come back (docs/domain.md, "Vouchers"): every path that writes one gives it a code,
// and a code is redeemed once, by the rules, or refused in one sentence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/main/core/db/connect';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';
import { snapshot } from '../support/snapshot';

let t: TempCore;
let sam: number;
let incident: number;
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  sam = (await t.call('staff.create', { name: 'Sam Ortiz', monthlyAllowance: 50_000 })).id;
  incident = (await t.call('incidents.create', { whatHappened: 'Cake for the wrong day', occurredAt: '2026-10-01T09:00:00.000Z' })).incident.id;
});
afterEach(() => t.cleanup());

const voucher = (extra: Record<string, unknown> = {}) =>
  t.call('compensations.add', { incidentId: incident, kind: 'voucher', cost: 2000, givenById: sam, description: 'Cake voucher', ...extra });
const outcomeOf = () => t.core.db.prepare('SELECT outcome FROM incidents WHERE id = ?').pluck().get(incident);

describe('a voucher given in the app', () => {
  it('gets a code, and an expiry at the end of the local day the shop sets', async () => {
    await t.call('settings.update', { voucherValidDays: 30 });
    const v = await voucher({ givenAt: '2026-10-03T10:00:00.000Z' });
    expect(v.code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    // Tests run in UTC: 3 Oct + 30 days, to the end of that day.
    expect(v.expiresAt).toBe('2026-11-02T23:59:59.999Z');
    expect(v.redeemedAt).toBeNull();
    const refund = await t.call('compensations.add', { incidentId: incident, kind: 'refund', cost: 500, givenById: sam });
    expect(refund).toMatchObject({ code: null, expiresAt: null });
  });

  it('has no expiry when the shop sets none', async () => {
    expect((await voucher()).expiresAt).toBeNull();
  });

  it('gets a code when changed to a voucher, loses it when changed away, and keeps it when redeemed', async () => {
    const c = await t.call('compensations.add', { incidentId: incident, kind: 'refund', cost: 500, givenById: sam });
    const v = await t.call('compensations.update', { id: c.id, changes: { kind: 'voucher' } });
    expect(v.code).toMatch(/^MGV-/);
    expect((await t.call('compensations.update', { id: c.id, changes: { cost: 700 } })).code).toBe(v.code);
    const back = await t.call('compensations.update', { id: c.id, changes: { kind: 'gift' } });
    expect(back).toMatchObject({ code: null, expiresAt: null, redeemedAt: null });
    const again = await t.call('compensations.update', { id: c.id, changes: { kind: 'voucher' } });
    await t.call('vouchers.redeem', { code: again.code! });
    const before = snapshot(t.core.db);
    const refused = await t.raw('compensations.update', { id: c.id, changes: { kind: 'refund' } });
    expect(refused).toMatchObject({ ok: false, message: `Voucher ${again.code} was already redeemed, so it cannot become a refund.` });
    expect(snapshot(t.core.db)).toBe(before);
  });
});

describe('redeeming a voucher by its code', () => {
  it('stamps it, tells the timeline, and sets the outcome to retained', async () => {
    const v = await voucher();
    t.setNow(new Date('2026-10-20T16:00:00.000Z'));
    const typed = v.code!.slice(4).toLowerCase();
    expect((await t.call('vouchers.find', { code: typed })).voucher).toMatchObject({ code: v.code, status: 'valid' });
    const redeemed = await t.call('vouchers.redeem', { code: typed });
    expect(redeemed).toMatchObject({ id: v.id, status: 'redeemed', redeemedAt: '2026-10-20T16:00:00.000Z' });
    const detail = await t.call('incidents.get', { id: incident });
    expect(detail.incident.outcome).toBe('retained');
    expect(detail.compensations[0]!.redeemedAt).toBe('2026-10-20T16:00:00.000Z');
    expect(detail.events.filter((e) => e.kind === 'changed').map((e) => [e.field, e.from, e.to])).toEqual([
      ['compensation.redeemedAt', v.code, '2026-10-20T16:00:00.000Z'],
      ['outcome', 'unknown', 'retained'],
    ]);
  });

  it('keeps an outcome someone set by hand', async () => {
    const v = await voucher();
    await t.call('incidents.update', { id: incident, changes: { outcome: 'lost' } });
    await t.call('vouchers.redeem', { code: v.code! });
    expect(outcomeOf()).toBe('lost');
  });

  it('refuses a second redemption with the date of the first, in one sentence', async () => {
    const v = await voucher();
    await t.call('vouchers.redeem', { code: v.code! });
    t.setNow(new Date('2026-10-21T09:00:00.000Z'));
    const before = snapshot(t.core.db);
    expect(await t.raw('vouchers.redeem', { code: v.code! })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: `Voucher ${v.code} was already redeemed on Oct 15, 2026.`,
    });
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('accepts it to the last millisecond of its last day and refuses it after, with the date', async () => {
    await t.call('settings.update', { voucherValidDays: 10 });
    const v = await voucher({ givenAt: '2026-10-05T18:00:00.000Z' });
    expect(v.expiresAt).toBe('2026-10-15T23:59:59.999Z');
    t.setNow(new Date('2026-10-16T00:00:00.000Z'));
    expect(await t.raw('vouchers.redeem', { code: v.code! })).toMatchObject({ ok: false, message: `Voucher ${v.code} expired on Oct 15, 2026.` });
    expect((await t.call('vouchers.find', { code: v.code! })).voucher?.status).toBe('expired');
    t.setNow(new Date('2026-10-15T23:59:59.999Z'));
    expect((await t.call('vouchers.redeem', { code: v.code! })).status).toBe('redeemed');
  });

  it('refuses an unknown code in one sentence, as it was meant', async () => {
    expect(await t.raw('vouchers.redeem', { code: '7q2k' })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'No voucher has the code MGV-7Q2K.' });
    expect(await t.call('vouchers.find', { code: 'mgv 7q2k' })).toEqual({ voucher: null, sentence: 'No voucher has the code MGV-7Q2K.' });
  });

  it('refuses a removed entry and a voucher on a deleted incident', async () => {
    const v = await voucher();
    await t.call('compensations.remove', { id: v.id });
    expect(await t.raw('vouchers.redeem', { code: v.code! })).toMatchObject({
      ok: false,
      message: `Voucher ${v.code} was removed from incident MG-1, so it cannot be redeemed.`,
    });
    await t.call('compensations.restore', { id: v.id });
    await t.call('incidents.remove', { id: incident });
    expect(await t.raw('vouchers.redeem', { code: v.code! })).toMatchObject({
      ok: false,
      message: `Voucher ${v.code} was on incident MG-1, which was deleted, so it cannot be redeemed.`,
    });
    expect(outcomeOf()).toBe('unknown');
  });
});

describe('the slip', () => {
  it('shows the shop, the item without any staff name, the value, the code, the expiry and the apology', async () => {
    await t.call('settings.update', { businessName: 'Corner Bakery', voucherValidDays: 30, voucherApology: 'Sorry about the cake.', slipPaper: 'a6' });
    await t.call('staff.create', { name: 'Priya Nair', monthlyAllowance: 0 });
    const v = await voucher({ description: 'Free cake on us (Sam Ortiz) — thanks to priya', givenAt: '2026-10-03T10:00:00.000Z' });
    expect(await t.call('vouchers.slip', { id: v.id })).toEqual({
      businessName: 'Corner Bakery',
      locale: 'en-US',
      language: 'en',
      paper: 'a6',
      code: v.code,
      item: 'Free cake on us',
      value: '$20.00',
      expiresAt: '2026-11-02T23:59:59.999Z',
      apology: 'Sorry about the cake.',
    });
    const named = await voucher({ description: 'Sam', cost: 0 });
    expect(await t.call('vouchers.slip', { id: named.id })).toMatchObject({ item: '', value: '' });
    const refund = await t.call('compensations.add', { incidentId: incident, kind: 'refund', cost: 100, givenById: sam });
    expect(await t.raw('vouchers.slip', { id: refund.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('a code typed into search', () => {
  it('finds the voucher with its sentence; an unknown code only when typed with MGV; a word is not a code', async () => {
    const v = await voucher();
    const found = await t.call('search.everywhere', { q: ` ${v.code!.slice(4).toLowerCase()} ` });
    expect(found.voucher).toMatchObject({ voucher: { id: v.id, code: v.code, incidentRef: 'MG-1', status: 'valid', cost: 2000 } });
    expect(found.voucher?.sentence).toBe(`Voucher ${v.code} (Cake voucher, incident MG-1) is valid with no expiry and can be redeemed.`);
    expect((await t.call('search.everywhere', { q: 'mgv-2222' })).voucher).toEqual({ voucher: null, sentence: 'No voucher has the code MGV-2222.' });
    expect((await t.call('search.everywhere', { q: 'cake' })).voucher).toBeNull();
    expect((await t.call('search.everywhere', { q: 'MG-1' })).voucher).toBeNull();
  });
});

describe('vouchers from other paths', () => {
  it('in the demo each have a unique code', async () => {
    const demo = tempCore();
    generateDemo(demo.core.db, { incidents: 300, seed: 3, now: new Date('2026-10-15T12:00:00.000Z') });
    const rows = demo.core.db.prepare("SELECT kind, code FROM compensations WHERE kind = 'voucher' OR code IS NOT NULL").all() as { kind: string; code: string | null }[];
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.kind === 'voucher' && r.code !== null)).toBe(true);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    demo.cleanup();
  });

  it('from a file before codes get theirs when it is opened to write, once', async () => {
    const a = await voucher();
    const b = await voucher();
    await t.call('compensations.remove', { id: b.id });
    t.core.db.prepare('UPDATE compensations SET code = NULL, expires_at = NULL').run();
    t.reopen(new Date('2026-10-16T08:00:00.000Z'));
    const codes = t.core.db.prepare('SELECT id, code FROM compensations ORDER BY id').all() as { id: number; code: string }[];
    expect(codes.map((c) => c.id)).toEqual([a.id, b.id]);
    expect(codes.every((c) => /^MGV-/.test(c.code))).toBe(true);
    t.reopen(new Date('2026-10-17T08:00:00.000Z'));
    expect(t.core.db.prepare('SELECT id, code FROM compensations ORDER BY id').all()).toEqual(codes);
  });

  // Backups and restore are the SQLite file's; on the shared database they are the server's (pg_dump).
  it.skipIf(onPostgres)('keep their codes and redemptions through a backup and restore', async () => {
    const v = await voucher();
    await t.call('vouchers.redeem', { code: v.code! });
    const { name } = await t.call('data.backup', {});
    await t.call('compensations.remove', { id: v.id });
    await t.call('data.restore', { name });
    const [back] = (await t.call('incidents.get', { id: incident })).compensations;
    expect(back).toMatchObject({ code: v.code, redeemedAt: '2026-10-15T12:00:00.000Z' });
  });

  it.skipIf(onPostgres)('from a backup made before codes get theirs when it is restored', async () => {
    await voucher();
    const { path, name } = await t.call('data.backup', {});
    const old = connect(path);
    old.prepare('UPDATE compensations SET code = NULL, expires_at = NULL').run();
    old.close();
    await t.call('data.restore', { name });
    const [back] = (await t.call('incidents.get', { id: incident })).compensations;
    expect(back!.code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
  });
});
