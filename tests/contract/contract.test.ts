import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract';
import { tempCore, type TempCore } from '../support/core';
import { snapshot as snapshotDb } from '../support/snapshot';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.cleanup());

const snapshot = () => snapshotDb(t.core.db);

describe('the contract', () => {
  it('has a handler for every channel and none without a channel', () => {
    expect(Object.keys(t.core.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const r = await t.raw('incidents.drop', {});
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
  });

  const malformed: unknown[] = [{ unexpected: true }, 'text', 42, [1, 2], { id: 'one' }, { id: -1, whatHappened: 7 }];

  it.each(CHANNEL_NAMES)('%s: a malformed payload gets BAD_REQUEST and writes nothing', async (channel) => {
    await t.call('incidents.create', { whatHappened: 'Existing incident so updates have a target' });
    const before = snapshot();
    for (const payload of malformed) {
      const r = await t.raw(channel, payload);
      expect(r.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('BAD_REQUEST');
        expect(r.message.length).toBeGreaterThan(3);
      }
    }
    expect(snapshot()).toBe(before);
  });

  it('names the field that is wrong', async () => {
    const r = await t.raw('incidents.create', { whatHappened: '   ', severity: 9 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues?.map((i) => i.path).sort()).toEqual(['severity', 'whatHappened']);
    expect(r.message).toMatch(/whatHappened: What happened is required/);
    expect(r.message).toMatch(/severity: Severity must be 1 \(minor\) to 4 \(critical\)/);
  });

  it('refuses a reference to a row that does not exist, naming the field, and writes nothing', async () => {
    const before = snapshot();
    const r = await t.raw('incidents.create', { whatHappened: 'Cold soup', categoryId: 999 });
    expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [{ path: 'categoryId' }] });
    expect(snapshot()).toBe(before);
  });
});
