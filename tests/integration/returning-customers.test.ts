// A returning customer through the channels, on a real data file: customers.history (the quick
// log's and the incident page's note), customers.list and customers.person (the Customers screen),
// and the Customers group of search everywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../shared/contract';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
const make = async (occurredAt: string, customer: Request<'incidents.create'>['customer']) =>
  (await t.call('incidents.create', { whatHappened: `On ${occurredAt}`, occurredAt, customer })).incident;

beforeEach(() => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

describe('customers.history', () => {
  it('finds the earlier incidents of the details typed, across phone formats and by email', async () => {
    const first = await make('2026-08-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '(555) 010-4477' });
    const second = await make('2026-10-02T10:00:00.000Z', { name: 'dana whitlock', phone: '', email: 'Dana@Example.com' });
    // Linked to the others only through the phone and the email of the two above: one person.
    const third = await make('2026-10-19T10:00:00.000Z', { name: 'Dana W.', phone: '555.010.4477', email: 'dana@example.com' });
    await make('2026-10-05T10:00:00.000Z', { name: 'Sam Whitlock', phone: '+1 555 010 4477' }); // the same phone, another person
    await make('2026-10-06T10:00:00.000Z', { name: 'Dana Smith', phone: '555 111 2222' }); // the same first name

    const history = await t.call('customers.history', { name: 'Dana Whitlock', phone: '+1 555 010 4477', email: '' });
    expect(history.incidents.map((i) => i.ref)).toEqual([third.ref, second.ref, first.ref]);
    expect(history.total).toBe(3);
    expect(history.firstAt).toBe('2026-08-02T10:00:00.000Z');
    expect(history.personId).not.toBeNull();

    // The email alone finds them too (then the phone's records through the chain).
    expect((await t.call('customers.history', { name: 'Dana', phone: '', email: ' DANA@example.com ' })).total).toBe(3);
    // The same phone and another name, or the same name and no contact: nobody.
    expect((await t.call('customers.history', { name: 'Kim Whitlock', phone: '555 010 4477' })).total).toBe(0);
    expect((await t.call('customers.history', { name: 'Dana Whitlock', phone: '', email: '' })).total).toBe(0);
    expect((await t.call('customers.history', { name: '', phone: '555 010 4477' })).total).toBe(0);
  });

  it('for an incident: the person’s other incidents, before and after it, deleted ones left out', async () => {
    const a = await make('2026-08-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '(555) 010-4477' });
    const b = await make('2026-09-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '5550104477' });
    const c = await make('2026-10-02T10:00:00.000Z', { name: 'Dana', phone: '010 4477' });
    const gone = await make('2026-10-03T10:00:00.000Z', { name: 'Dana Whitlock', phone: '5550104477' });
    await t.call('incidents.remove', { id: gone.id });
    expect((await t.call('customers.history', { incidentId: b.id })).incidents.map((i) => i.id)).toEqual([c.id, a.id]);
    const anonymous = await make('2026-10-04T10:00:00.000Z', null);
    expect(await t.call('customers.history', { incidentId: anonymous.id })).toEqual({ personId: null, incidents: [], total: 0, firstAt: null });
    // The quick log leaves out the incident it is editing.
    expect((await t.call('customers.history', { name: 'Dana Whitlock', phone: '555 010 4477', excludeIncidentId: c.id })).total).toBe(2);
  });
});

describe('the Customers screen', () => {
  it('lists people at their latest incident, once each, with their compensation; a person’s page has it all', async () => {
    const staff = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 1_000_000 })).id;
    const a = await make('2026-08-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '(555) 010-4477' });
    await make('2026-09-01T10:00:00.000Z', { name: 'Ravi Okafor', email: 'ravi@example.com' });
    const c = await make('2026-10-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '+1 555 010 4477' });
    await t.call('incidents.update', { id: a.id, changes: { scoreBefore: 3, scoreAfter: 9, outcome: 'retained' } });
    await t.call('compensations.add', { incidentId: a.id, kind: 'refund', cost: 1250, givenById: staff });
    await t.call('compensations.add', { incidentId: c.id, kind: 'gift', cost: 300, givenById: staff });

    const page = await t.call('customers.list', {});
    expect(page.people.map((p) => [p.name, p.incidents, p.compensation])).toEqual([
      ['Dana Whitlock', 2, 1550],
      ['Ravi Okafor', 1, 0],
    ]);
    expect(page.next).toBeNull();
    expect((await t.call('customers.list', { repeatOnly: true })).people.map((p) => p.name)).toEqual(['Dana Whitlock']);

    const person = await t.call('customers.person', { id: page.people[0]!.id });
    expect(person.phones).toEqual(['(555) 010-4477', '+1 555 010 4477']);
    expect(person.compensation).toBe(1550);
    expect(person.incidents.map((i) => [i.ref, i.scoreBefore, i.scoreAfter, i.outcome, i.compensation])).toEqual([
      [c.ref, null, null, 'unknown', 300],
      [a.ref, 3, 9, 'retained', 1250],
    ]);
  });

  it('pages through people without listing anyone twice', async () => {
    for (let i = 0; i < 30; i++) await make(`2026-09-${String(1 + (i % 28)).padStart(2, '0')}T1${i % 10}:00:00.000Z`, { name: `Person ${i} Test`, phone: `555 200 ${1000 + i}` });
    const first = await t.call('customers.list', {});
    expect(first.people).toHaveLength(25);
    const second = await t.call('customers.list', { after: first.next });
    expect(second.next).toBeNull();
    const names = [...first.people, ...second.people].map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(30);
  });

  it('an unknown person is a sentence', async () => {
    await expect(t.call('customers.person', { id: 999 })).rejects.toThrow(/NOT_FOUND That customer was not found/);
  });
});

describe('search everywhere’s Customers group', () => {
  it('finds a person by name, phone in another format, or email, once each', async () => {
    await make('2026-08-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '(555) 010-4477', email: 'dana@example.com' });
    await make('2026-10-02T10:00:00.000Z', { name: 'Dana Whitlock', phone: '+1 555 010 4477' });
    await make('2026-10-03T10:00:00.000Z', { name: 'Sam Whitlock', phone: '555 010 4477' });
    const byName = (await t.call('search.everywhere', { q: 'dana whit' })).customers;
    expect(byName.map((p) => [p.name, p.incidents])).toEqual([['Dana Whitlock', 2]]);
    const byPhone = (await t.call('search.everywhere', { q: '555.010.4477' })).customers;
    expect(byPhone.map((p) => [p.name, p.incidents]).sort()).toEqual([
      ['Dana Whitlock', 2],
      ['Sam Whitlock', 1],
    ]);
    expect((await t.call('search.everywhere', { q: 'DANA@example.com' })).customers.map((p) => p.incidents)).toEqual([2]);
    expect((await t.call('search.everywhere', { q: 'Nobody' })).customers).toEqual([]);
  });
});
