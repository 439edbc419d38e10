import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';
import { DEFAULT_FOLLOW_UP_TEMPLATE, DEFAULT_VOUCHER_APOLOGY } from '../../shared/schemas/settings';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.cleanup());

describe('settings', () => {
  it('start with a name to change, US dollars and en-US, and take the shop’s own', async () => {
    expect(await t.call('settings.get', {})).toEqual({
      businessName: 'My shop', currency: 'USD', locale: 'en-US', theme: 'auto', language: 'en',
      voucherApology: DEFAULT_VOUCHER_APOLOGY, voucherValidDays: null, slipPaper: 'receipt80', followUpTemplate: DEFAULT_FOLLOW_UP_TEMPLATE,
    });
    const next = await t.call('settings.update', {
      businessName: 'Salon Aurora', currency: 'eur', locale: 'de-DE', theme: 'dark', language: 'de',
      voucherApology: '  Sorry again!  ', voucherValidDays: 90, slipPaper: 'a6', followUpTemplate: 'Hi {first_name}',
    });
    expect(next).toEqual({
      businessName: 'Salon Aurora', currency: 'EUR', locale: 'de-DE', theme: 'dark', language: 'de',
      voucherApology: 'Sorry again!', voucherValidDays: 90, slipPaper: 'a6', followUpTemplate: 'Hi {first_name}',
    });
    expect((await t.call('settings.update', { voucherValidDays: null })).voucherValidDays).toBeNull();
    expect(await t.raw('settings.update', { voucherValidDays: 0 })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const pt = await t.raw('settings.update', { language: 'pt' as 'de' });
    // The file speaks German now (issue 18): so does its refusal.
    expect(pt).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('„Sprache“ muss einer dieser Werte sein: en, de, es, fr') });
    expect((await t.call('settings.get', {})).language).toBe('de');
  });

  it('refuse a currency or locale that does not exist, naming it, and keep the old ones', async () => {
    const r = await t.raw('settings.update', { currency: 'DOLLARS', locale: 'not a locale!' });
    expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    if (!r.ok) expect(r.issues?.map((i) => i.path).sort()).toEqual(['currency', 'locale']);
    expect((await t.call('settings.get', {})).currency).toBe('USD');
  });
});

describe('staff', () => {
  it('are added, renamed and deactivated, and two cannot share a name', async () => {
    const sam = await t.call('staff.create', { name: 'Sam', role: 'Owner', monthlyAllowance: 50000 });
    expect(sam).toMatchObject({ name: 'Sam', role: 'Owner', active: true, monthlyAllowance: 50000 });
    expect(await t.raw('staff.create', { name: 'sam' })).toMatchObject({ ok: false, code: 'CONFLICT', message: 'There is already a staff member called sam.' });
    const renamed = await t.call('staff.update', { id: sam.id, name: 'Samantha', active: false });
    expect(renamed).toMatchObject({ name: 'Samantha', role: 'Owner', active: false });
    expect(await t.raw('staff.update', { id: 999, name: 'Ghost' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.raw('staff.create', { name: 'Neg', monthlyAllowance: -5 })).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'monthlyAllowance' }] });
    expect(await t.raw('staff.create', { name: 'Float', monthlyAllowance: 12.5 })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});

describe('categories and root causes', () => {
  it('are added, renamed and retired; names stay unique', async () => {
    const cat = await t.call('categories.create', { name: 'Parking' });
    expect((await t.call('categories.update', { id: cat.id, name: 'Car park', active: false })).active).toBe(false);
    expect(await t.raw('categories.create', { name: 'billing' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const cause = await t.call('rootCauses.create', { name: 'Fridge too small', group: 'Equipment' });
    const moved = await t.call('rootCauses.update', { id: cause.id, group: 'Place', active: false });
    expect(moved).toMatchObject({ name: 'Fridge too small', group: 'Place', active: false });
    expect(await t.raw('rootCauses.create', { name: 'x', group: 'Luck' })).toMatchObject({ ok: false, issues: [{ path: 'group' }] });
  });

  it('keep a retired entry on incidents that used it', async () => {
    const cat = await t.call('categories.create', { name: 'Parking' });
    const { incident } = await t.call('incidents.create', { whatHappened: 'No space', categoryId: cat.id });
    await t.call('categories.update', { id: cat.id, active: false });
    expect((await t.call('incidents.get', { id: incident.id })).incident.categoryId).toBe(cat.id);
  });
});

describe('the first-run set-up', () => {
  it('shows on a new file until it is finished or skipped, then never again, keeping the first time', async () => {
    expect(await t.call('setup.status', {})).toEqual({ needed: true, doneAt: null });
    // Only a name: not data yet, so closing half-way brings the set-up back.
    await t.call('settings.update', { businessName: 'Corner Café' });
    expect((await t.call('setup.status', {})).needed).toBe(true);
    const done = await t.call('setup.finish', {});
    expect(done).toEqual({ needed: false, doneAt: '2026-10-15T12:00:00.000Z' });
    t.reopen(new Date('2026-10-16T09:00:00.000Z'));
    await t.call('setup.finish', {});
    expect(await t.call('setup.status', {})).toEqual(done);
  });

  it('does not show on a file that already holds staff or an incident', async () => {
    await t.call('staff.create', { name: 'Sam' });
    expect(await t.call('setup.status', {})).toEqual({ needed: false, doneAt: null });
    const other = tempCore();
    try {
      const { incident } = await other.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: '2026-10-15T11:00:00.000Z', severity: 1 });
      await other.call('incidents.remove', { id: incident.id });
      expect((await other.call('setup.status', {})).needed).toBe(false);
    } finally {
      other.cleanup();
    }
  });

  // Backups and restore are of the SQLite data file; on PostgreSQL they are the server's job (pg_dump).
  it.skipIf(onPostgres)('is kept by a backup and restored with it', async () => {
    await t.call('setup.finish', {});
    const { name } = await t.call('data.backup', {});
    await t.call('data.restore', { name });
    expect((await t.call('setup.status', {})).needed).toBe(false);
  });
});
