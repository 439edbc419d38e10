// The quick log's save key (issue 17): a save sent again after its answer was lost with the
// connection is one incident, on both engines (the postgres project runs this file again).
import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
afterEach(() => t?.cleanup());

const count = () => (t.core.db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;

describe('a save sent twice with its save key', () => {
  it('answers the second time with the incident the first one saved: one incident, one ref, one "created"', async () => {
    t = tempCore();
    const request = { whatHappened: 'Cold soup at table 4', customer: { name: 'Dana', phone: '555 010 4477' }, saveKey: '3f2a9c1e7b4d4e0fa1b2c3d4e5f60718' };
    const first = await t.call('incidents.create', request);
    const again = await t.call('incidents.create', request);
    expect(again.incident).toEqual(first.incident);
    expect(count()).toBe(1);
    expect(again.events.filter((e) => e.kind === 'created')).toHaveLength(1);
    expect((t.core.db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n).toBe(1);
    // Another key, or none, is another save.
    await t.call('incidents.create', { ...request, saveKey: '3f2a9c1e7b4d4e0fa1b2c3d4e5f60719' });
    await t.call('incidents.create', { whatHappened: 'Cold soup at table 4' });
    await t.call('incidents.create', { whatHappened: 'Cold soup at table 4' });
    expect(count()).toBe(4);
    expect((await t.call('incidents.list', { limit: 10, filter: {} })).total).toBe(4);
  });

  it('finds the saved incident even when it was deleted since: says so, where to get it back, and logs nothing new', async () => {
    t = tempCore();
    const request = { whatHappened: 'Wrong order', saveKey: 'a'.repeat(32) };
    const first = await t.call('incidents.create', request);
    await t.call('incidents.remove', { id: first.incident.id });
    const again = await t.raw('incidents.create', request);
    expect(again).toMatchObject({ ok: false, message: `Incident ${first.incident.ref} was deleted. You can restore it from Recently deleted, in the journal.` });
    expect(count()).toBe(1);
  });

  it('refuses a key that is not 16 to 64 letters, digits or dashes, naming the field, and saves nothing', async () => {
    t = tempCore();
    for (const saveKey of ['short', 'x'.repeat(65), "quote'or 1=1--aaaaaaaaaa", 'ключ-ключ-ключ-ключ']) {
      const result = await t.raw('incidents.create', { whatHappened: 'Late', saveKey });
      expect(result).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(JSON.stringify(result)).toContain('saveKey');
    }
    expect(count()).toBe(0);
  });
});
