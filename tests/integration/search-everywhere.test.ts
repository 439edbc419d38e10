// The one search box (Ctrl+K): what it finds, through dispatch on a real data file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../shared/contract';
import { ODD_TEXTS } from '../support/hostile';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let ids: { soup: number; milk: number; walkIn: number };
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  const make = async (whatHappened: string, occurredAt: string, customer: Request<'incidents.create'>['customer'] = null) =>
    (await t.call('incidents.create', { whatHappened, occurredAt, customer })).incident.id;
  ids = {
    soup: await make('Soup arrived cold and late', '2026-10-01T09:00:00.000Z', {
      name: 'Dana Whitfield',
      phone: '(555) 010-4477',
      email: 'Dana.Whitfield@Example.com',
    }),
    milk: await make('Oat milk swapped for dairy', '2026-10-03T09:00:00.000Z', { name: 'Ravi Okafor', phone: '+44 20 7946 0958' }),
    walkIn: await make('Waited twenty minutes at the till', '2026-10-05T09:00:00.000Z'),
  };
});
afterEach(() => t.cleanup());

const search = (q: string, limit?: number) => t.call('search.everywhere', limit === undefined ? { q } : { q, limit });
const incidentIds = async (q: string) => (await search(q)).incidents.map((i) => i.id);

describe('search everywhere finds incidents', () => {
  it('by a word of what happened, with what the list shows', async () => {
    const { incidents } = await search('cold');
    expect(incidents).toEqual([
      {
        id: ids.soup,
        ref: expect.stringMatching(/^MG-\d+$/),
        summary: 'Soup arrived cold and late',
        customer: 'Dana Whitfield',
        occurredAt: '2026-10-01T09:00:00.000Z',
        status: 'open',
      },
    ]);
  });

  it('by the start of a word, every word counting, newest first', async () => {
    expect(await incidentIds('swap')).toEqual([ids.milk]);
    expect(await incidentIds('oat dair')).toEqual([ids.milk]);
    expect(await incidentIds('oat soup')).toEqual([]);
    expect(await incidentIds('a')).toEqual([]);
  });

  it('from two characters on: one letter searches no words (it would prefix-match half the index)', async () => {
    expect(await incidentIds('sw')).toEqual([ids.milk]);
    expect(await incidentIds('s')).toEqual([]);
  });

  it('by the customer’s name', async () => {
    expect(await incidentIds('whitf')).toEqual([ids.soup]);
    expect(await incidentIds('Ravi Okafor')).toEqual([ids.milk]);
  });

  it('by its ref, exactly or in lower case', async () => {
    const ref = (await t.call('incidents.get', { id: ids.milk })).incident.ref;
    expect(await incidentIds(ref)).toEqual([ids.milk]);
    expect(await incidentIds(ref.toLowerCase())).toEqual([ids.milk]);
  });

  it('by the customer’s phone in any format', async () => {
    for (const q of ['555 010 4477', '5550104477', '555.010.4477', '+1 555-010-4477', '(555)0104477', '010-4477', '0104477']) {
      expect(await incidentIds(q), q).toEqual([ids.soup]);
    }
    for (const q of ['442079460958', '+44 (20) 7946-0958', '20 7946 0958', '7946 0958']) {
      expect(await incidentIds(q), q).toEqual([ids.milk]);
    }
  });

  it('not by a number of fewer than 7 digits, nor by one that only ends alike', async () => {
    expect(await incidentIds('104477')).toEqual([]);
    expect(await incidentIds('10-4477')).toEqual([]);
    expect(await incidentIds('555 010 4478')).toEqual([]);
    expect(await incidentIds('9 555 010 4477 1')).toEqual([]);
  });

  it('by the customer’s email, whatever its case', async () => {
    expect(await incidentIds('dana.whitfield@example.com')).toEqual([ids.soup]);
    expect(await incidentIds('DANA.WHITFIELD@EXAMPLE.COM')).toEqual([ids.soup]);
  });

  it('never a deleted incident', async () => {
    await t.call('incidents.remove', { id: ids.soup });
    expect(await incidentIds('cold')).toEqual([]);
    expect(await incidentIds('555 010 4477')).toEqual([]);
    expect(await incidentIds('dana.whitfield@example.com')).toEqual([]);
    const ref = (await t.call('recentlyDeleted.list', {})).incidents[0]!.ref;
    expect(await incidentIds(ref)).toEqual([]);
  });

  it('at most `limit` of each kind', async () => {
    for (let i = 0; i < 12; i++) await t.call('incidents.create', { whatHappened: `Cold coffee number ${i}` });
    expect((await search('cold')).incidents).toHaveLength(8);
    expect((await search('cold', 20)).incidents).toHaveLength(13);
    expect((await search('cold', 3)).incidents).toHaveLength(3);
  });
});

describe('search everywhere finds lessons and root causes', () => {
  it('a lesson by words of its title, and a cause by words of its name, whatever the case', async () => {
    const { lesson } = await t.call('lessons.create', { title: 'Second person on the till at lunch' });
    const cause = await t.call('rootCauses.create', { name: 'Till printer jams', group: 'Equipment' });
    const found = await search('TILL');
    expect(found.lessons).toEqual([{ id: lesson.id, title: 'Second person on the till at lunch' }]);
    expect(found.rootCauses).toContainEqual({ id: cause.id, name: 'Till printer jams', group: 'Equipment' });
    expect((await search('lunch till')).lessons.map((l) => l.id)).toEqual([lesson.id]);
    expect((await search('printer jam')).rootCauses.map((c) => c.id)).toEqual([cause.id]);
    expect((await search('printer dinner')).rootCauses).toEqual([]);
    // Everything found in one answer: the till incident too.
    expect(found.incidents.map((i) => i.id)).toEqual([ids.walkIn]);
  });
});

describe('search everywhere and hostile input', () => {
  const hostile = [
    '"',
    '""',
    '"cold',
    '*',
    'cold*',
    '* cold',
    'NEAR',
    'NEAR(cold late)',
    'cold NEAR/2 late',
    '-',
    '-cold',
    'cold -late',
    'cold AND late',
    'cold OR NOT late',
    '^cold',
    'what_happened: cold',
    '{ref what_happened}: cold',
    '(cold',
    'cold)',
    '%',
    '_',
    '\\',
    "'",
    '+',
    '()',
    '+1 (',
    ...ODD_TEXTS.filter((s) => s.trim() !== ''),
    'NEAR( '.repeat(33).slice(0, 200),
    '"*-'.repeat(66),
    'ä'.repeat(200),
    '9'.repeat(200),
  ];

  it.each(hostile)('%j is searched, never an error', async (q) => {
    const result = await t.raw('search.everywhere', { q });
    expect(result, q).toMatchObject({ ok: true });
  });

  it('FTS syntax is taken as words', async () => {
    expect(await incidentIds('cold*')).toEqual([ids.soup]);
    expect(await incidentIds('"cold')).toEqual([ids.soup]);
    expect(await incidentIds('cold -late')).toEqual([ids.soup]);
    expect(await incidentIds('NEAR(cold late)')).toEqual([]);
  });

  it('refuses an empty search or one past 200 characters with a sentence', async () => {
    expect(await t.raw('search.everywhere', { q: '   ' })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await t.raw('search.everywhere', { q: 'a'.repeat(201) })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringContaining('at most 200 characters'),
    });
  });
});

describe('search everywhere never hides a limit', () => {
  it('says when more incidents match than it shows, and not when exactly as many match', async () => {
    for (let day = 6; day <= 13; day++) {
      await t.call('incidents.create', { whatHappened: `Latte too cold, day ${day}`, occurredAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00.000Z` });
    }
    // "cold": the soup and 8 lattes, 9 in all.
    const nine = await search('cold', 8);
    expect(nine.incidents).toHaveLength(8);
    expect(nine.moreIncidents).toBe(true);
    const all = await search('cold', 9);
    expect(all.incidents).toHaveLength(9);
    expect(all.moreIncidents).toBe(false);
    // A ref or a phone that finds one: no more.
    expect((await search('555 010 4477')).moreIncidents).toBe(false);
  });
});
