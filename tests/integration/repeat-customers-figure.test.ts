// repeat_customers on hand-made data (docs/domain.md): people with an incident in the period and
// another in the 90 days before it, at the month's edges on a clock that is not UTC.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../shared/contract';
import { tempCore, type TempCore } from '../support/core';
import { inZone } from '../support/zone';

// New York: months start at 04:00 or 05:00 UTC, and summer time ends on 1 November 2026.
inZone('America/New_York');

let t: TempCore;
const at = (m: number, d: number, h = 12, min = 0) => new Date(2026, m - 1, d, h, min).toISOString();
const log = async (occurredAt: string, name: string, phone: string, email = '') =>
  (await t.call('incidents.create', { whatHappened: `${name} on ${occurredAt}`, occurredAt, customer: { name, phone, email } as Request<'incidents.create'>['customer'] })).incident.id;

beforeEach(() => {
  t = tempCore(new Date(2026, 10, 20, 12));
});
afterEach(() => t.cleanup());

const figure = async (month: string) => (await t.call('figures.month', { month })).repeat_customers;

describe('repeat_customers', () => {
  it('counts by the shop’s calendar: 23:59 on the last day is in the month, 00:00 the next day is not', async () => {
    await log(at(9, 20), 'Ann Lee', '(555) 010-1000');
    await log(at(10, 31, 23, 59), 'Ann Lee', '+1 555 010 1000'); // October's, came back
    await log(at(10, 5), 'Bo Chan', '555 010 2000');
    await log(at(11, 1, 0, 0), 'Bo Chan', '5550102000'); // November's first minute
    expect(await figure('2026-10')).toBe(1);
    expect(await figure('2026-11')).toBe(1);
    expect(await t.call('patterns.repeatCustomers', { from: '2026-10-01', to: '2026-10-31' })).toEqual({ repeatCustomers: 1 });
    // The day after: Ann's second incident is no longer in it, Bo's is.
    expect(await t.call('patterns.repeatCustomers', { from: '2026-11-01', to: '2026-11-01' })).toEqual({ repeatCustomers: 1 });
  });

  it('exactly 90 days before counts, 91 does not', async () => {
    await log(at(7, 13), 'Cy Diaz', '555 010 3000');
    await log(at(10, 11), 'Cy Diaz', '555 010 3000'); // 90 days after 13 July
    await log(at(7, 12), 'Di Eng', '555 010 4000');
    await log(at(10, 11), 'Di Eng', '555 010 4000'); // 91 days
    expect(await figure('2026-10')).toBe(1);
    expect(await t.call('patterns.repeatCustomers', { from: '2026-10-11', to: '2026-10-11' })).toEqual({ repeatCustomers: 1 });
  });

  it('the earlier incident may be in the period too; a person counts once', async () => {
    await log(at(10, 2), 'Gus Hall', '', 'gus@example.com');
    await log(at(10, 20), 'Gus Hall', '', 'GUS@example.com ');
    await log(at(10, 28), 'Gus', '555 010 5000', 'gus@example.com');
    expect(await figure('2026-10')).toBe(1);
  });

  it('joins records through a third one: a phone on one, an email on another, both on one 92 days before', async () => {
    // 92 days before 10 October: too long ago to count itself, but it makes the other two one person.
    await log(at(7, 10), 'Nia Ruiz', '555 012 0000', 'nia@example.com');
    await log(at(9, 20), 'Nia', '', 'NIA@example.com');
    await log(at(10, 10), 'Nia Ruiz', '(555) 012-0000');
    expect(await figure('2026-10')).toBe(1);
    // Without the record that joins them, a phone and an email are two people.
    await log(at(9, 21), 'Oz Park', '555 013 0000');
    await log(at(10, 11), 'Oz Park', '', 'oz@example.com');
    expect(await figure('2026-10')).toBe(1);
  });

  it('leaves out deleted incidents, another person on the same phone, and a shared first name', async () => {
    const gone = await log(at(9, 1), 'Ed Fox', '555 010 6000');
    await log(at(10, 10), 'Ed Fox', '555 010 6000');
    await log(at(9, 10), 'Hal Gray', '555 010 7000');
    await log(at(10, 10), 'Ivy Gray', '555 010 7000'); // family
    await log(at(9, 10), 'Jo Kim', '555 010 8000');
    await log(at(10, 10), 'Jo Park', '555 010 9000');
    const later = await log(at(10, 12), 'Lu Moss', '555 011 0000');
    await log(at(9, 12), 'Lu Moss', '555 011 0000');
    expect(await figure('2026-10')).toBe(2);
    await t.call('incidents.remove', { id: gone });
    await t.call('incidents.remove', { id: later });
    expect(await figure('2026-10')).toBe(0);
  });
});
