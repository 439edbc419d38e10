// "Copy follow-up message": the shop's template filled in the core, never naming staff.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTemplate, unknownPlaceholders } from '../../shared/followUpTemplate';
import { tempCore, type TempCore } from '../support/core';

const start = new Date('2026-10-15T12:00:00.000Z');
let t: TempCore;
let sam: number;
beforeEach(async () => {
  t = tempCore(start);
  sam = (await t.call('staff.create', { name: 'Sam Okafor', monthlyAllowance: 1_000_000 })).id;
  await t.call('settings.update', {
    businessName: 'Crumb & Co',
    followUpTemplate: 'Hi {first_name}, {shop} here. About {what_happened}: we {what_we_did}.',
  });
});
afterEach(() => t.cleanup());

async function incident(whatHappened: string, customer: string | null) {
  const created = await t.call('incidents.create', {
    whatHappened,
    occurredAt: new Date('2026-10-15T10:00:00.000Z').toISOString(),
    customer: customer === null ? null : { name: customer, phone: '', email: '' },
  });
  return created.incident.id;
}
const message = async (incidentId: number) => (await t.call('followUps.message', { incidentId })).text;

describe('the follow-up message', () => {
  it('fills each placeholder: first name, shop, what happened, what was given in the shop\'s currency', async () => {
    const id = await incident('Birthday cake arrived squashed.', 'Dana Marie Fox');
    await t.call('compensations.add', { incidentId: id, kind: 'refund', cost: 1200, givenById: sam });
    await t.call('compensations.add', { incidentId: id, kind: 'replacement', cost: 3000, givenById: sam, description: 'Sam baked a new one' });
    expect(await message(id)).toBe('Hi Dana, Crumb & Co here. About birthday cake arrived squashed: we gave you a refund of $12.00 and a replacement.');
    await t.call('settings.update', { currency: 'EUR', locale: 'de-DE' });
    expect(await message(id)).toContain('a refund of 12,00\u00a0€ and a replacement');
  });

  it('names no staff member, even when the text or the template names one', async () => {
    await t.call('staff.create', { name: 'Priya', monthlyAllowance: 0 });
    const id = await incident('Sam Okafor forgot the order; priya and SAM argued at the till', 'Lee Park');
    await t.call('settings.update', { followUpTemplate: 'Hi {first_name}, this is Sam at {shop}. Sorry about {what_happened}.' });
    const text = await message(id);
    expect(text).toBe('Hi Lee, this is our team at Crumb & Co. Sorry about our team forgot the order; our team and our team argued at the till.');
    expect(text).not.toMatch(/sam|okafor|priya/i);
  });

  it('greets "there" with no customer name, and says what was looked into when nothing was given', async () => {
    const id = await incident('Wrong size', null);
    expect(await message(id)).toBe('Hi there, Crumb & Co here. About wrong size: we looked into what went wrong.');
  });

  it('reads what happened mid-sentence, keeping the case of names, brands and capitals', async () => {
    await t.call('settings.update', { followUpTemplate: '{what_happened}.' });
    const cases: [string, string | null, string][] = [
      ['Soup was cold.', null, 'soup was cold.'],
      ['Dana waited an hour...', 'Dana Fox', 'Dana waited an hour.'],
      ['POS was down', null, 'POS was down.'],
      ['iPad  screen\ncracked', null, 'iPad screen cracked.'],
    ];
    for (const [typed, customer, expected] of cases) expect(await message(await incident(typed, customer))).toBe(expected);
  });

  it('leaves a placeholder it does not know as typed', async () => {
    const id = await incident('Wrong size', 'Ana');
    await t.call('settings.update', { followUpTemplate: 'Hi {first_name} {last_name}, {Shop} {shop}' });
    expect(await message(id)).toBe('Hi Ana {last_name}, {Shop} Crumb & Co');
    expect(unknownPlaceholders('Hi {first_name} {last_name} {last_name} {x_y}')).toEqual(['last_name', 'x_y']);
  });

  it('fills values once: a placeholder inside the incident\'s text stays as typed', async () => {
    expect(fillTemplate('{what_happened} / {shop}', { first_name: 'A', shop: 'S', what_happened: 'typed {shop}', what_we_did: 'W' })).toBe('typed {shop} / S');
  });

  it('says the incident was not found when it was deleted', async () => {
    const id = await incident('Wrong size', 'Ana');
    await t.call('incidents.remove', { id });
    expect(await t.raw('followUps.message', { incidentId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
