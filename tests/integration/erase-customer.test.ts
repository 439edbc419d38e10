import { readFileSync, existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { snapshot } from '../support/snapshot';

let t: TempCore;
let zeb: { incident: number; customer: number };
let sameEmail: number;
let ada: number;

const NAME = 'Zebulon Quartermaine';
const PHONE = '+1 555 0199 321';
const EMAIL = 'zeb.q@example.com';
const searches = ['Zebulon', 'quartermaine', '555 0199 321', '0199', EMAIL, 'zeb'];
const found = async (q: string) => (await t.call('incidents.list', { filter: { q } })).total;

beforeEach(async () => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
  const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
  const first = await t.call('incidents.create', {
    whatHappened: `${NAME} said the cake was dry; Zebulon wants a call back on ${PHONE}`,
    occurredAt: '2026-10-02T10:00:00.000Z',
    customer: { name: 'Zeb Quartermaine', phone: PHONE, email: EMAIL, note: 'Regular on Fridays' },
  });
  zeb = { incident: first.incident.id, customer: first.incident.customer!.id };
  // A name corrected later leaves both spellings in the timeline.
  await t.call('incidents.update', {
    id: zeb.incident,
    changes: { customer: { name: NAME }, internalNote: `Quartermaine is a regular; email ${EMAIL}`, scoreBefore: 3, scoreAfter: 9 },
  });
  await t.call('incidents.update', { id: zeb.incident, changes: { whatHappened: `${NAME} said the cake was dry and stale` } });
  await t.call('compensations.add', { incidentId: zeb.incident, kind: 'voucher', cost: 1500, givenById: sam, description: 'Voucher posted to Zebulon' });
  await t.call('incidents.setStep', { id: zeb.incident, step: 'resolved', done: true });
  // The same person on another visit: another record, same email typed in capitals.
  sameEmail = (await t.call('incidents.create', {
    whatHappened: 'Card payment taken twice',
    occurredAt: '2026-10-05T10:00:00.000Z',
    customer: { name: 'Z. Quartermaine', email: EMAIL.toUpperCase() },
  })).incident.id;
  ada = (await t.call('incidents.create', {
    whatHappened: 'Ada Lovelace waited 40 minutes',
    occurredAt: '2026-10-06T10:00:00.000Z',
    customer: { name: 'Ada Lovelace', phone: '+44 20 7946 0000' },
  })).incident.id;
  await t.call('drafts.save', { key: 'quicklog', value: { whatHappened: 'Zebulon is back about the cake', customerName: NAME } });
});
afterEach(() => t.cleanup());

describe('erasing a customer', () => {
  it('first says which incidents it would touch, and changes nothing', async () => {
    const before = snapshot(t.core.db);
    const preview = await t.call('customers.erase', { customerId: zeb.customer, dryRun: true });
    expect(preview).toEqual({
      erased: false,
      customers: 2,
      incidents: [{ id: zeb.incident, ref: 'MG-1' }, { id: sameEmail, ref: 'MG-2' }],
    });
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('removes the name and contact everywhere, keeps the incidents, and the figures stay the same', async () => {
    for (const q of searches) expect(await found(q), q).toBeGreaterThan(0);
    const figuresBefore = await t.call('figures.month', { month: '2026-10' });
    const adaBefore = await t.call('incidents.get', { id: ada });

    const done = await t.call('customers.erase', { customerId: zeb.customer });
    expect(done).toMatchObject({ erased: true, customers: 2 });

    // Search finds nothing by name, phone or email, and the incidents are still there.
    for (const q of searches) expect(await found(q), q).toBe(0);
    expect((await t.call('incidents.list', {})).total).toBe(3);
    expect(await t.call('figures.month', { month: '2026-10' })).toEqual(figuresBefore);

    const detail = await t.call('incidents.get', { id: zeb.incident });
    expect(detail.incident.customer).toBeNull();
    expect(detail.incident.whatHappened).toBe('[erased] said the cake was dry and stale');
    expect(detail.incident.internalNote).toBe('[erased] is a regular; email [erased]');
    expect(detail.incident).toMatchObject({ scoreBefore: 3, scoreAfter: 9, status: 'resolved' });
    expect(detail.compensations[0]).toMatchObject({ description: 'Voucher posted to [erased]', cost: 1500 });
    expect(detail.events.at(-1)).toMatchObject({ kind: 'changed', field: 'customer.erased', from: null, to: null });
    const timeline = JSON.stringify(detail.events);
    for (const word of ['Zebulon', 'Quartermaine', 'Zeb', '0199', 'example.com', 'Fridays']) expect(timeline).not.toContain(word);
    expect((await t.call('incidents.get', { id: sameEmail })).incident.customer).toBeNull();

    // Another customer is untouched.
    expect(await t.call('incidents.get', { id: ada })).toEqual(adaBefore);
    expect(await found('Lovelace')).toBe(1);

    const draft = await t.call('drafts.get', { key: 'quicklog' });
    expect(draft.value).toEqual({ whatHappened: '[erased] is back about the cake', customerName: '[erased]' });
    expect(t.core.db.prepare('SELECT name FROM customers').pluck().all()).toEqual(['Ada Lovelace']);
  });

  it('leaves no trace of the details in the data file itself', async () => {
    await t.call('customers.erase', { customerId: zeb.customer });
    const bytes = Buffer.concat([t.databasePath, `${t.databasePath}-wal`].filter(existsSync).map((p) => readFileSync(p)));
    for (const word of ['Zebulon', 'zebulon', 'Quartermaine', 'quartermaine', '0199', 'zeb.q', 'Fridays', 'fridays']) {
      expect(bytes.includes(Buffer.from(word)), word).toBe(false);
    }
  });

  it('answers "not found" for a customer that does not exist', async () => {
    expect(await t.raw('customers.erase', { customerId: 999 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
