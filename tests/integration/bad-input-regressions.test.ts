// The crashes the property tests found (tests/support/regressions.ts replays their payloads on
// every run), each pinned here with the sentence a person now gets instead of "internal error".
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum } from '../support/checksum';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

describe('dates outside the years 1900 to 2999', () => {
  it('are refused by name instead of crashing date arithmetic or storing "+010000-…"', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Cold soup' });
    const before = checksum(t.core.db);
    expect(await t.raw('incidents.update', { id: incident.id, changes: { followUpDueAt: '9999-12-31T23:59:59-12:00' } })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: 'changes.followUpDueAt: must be a date and time in the years from 1900 to 2999',
    });
    expect(await t.raw('incidents.create', { whatHappened: 'x', occurredAt: '0000-01-01T00:00:00Z' })).toMatchObject({
      ok: false,
      message: 'occurredAt: must be a date and time in the years from 1900 to 2999',
    });
    expect(await t.raw('patterns.pareto', { from: '0000-01-01', to: '0000-01-01' })).toMatchObject({
      ok: false,
      message: 'from: From must be a date such as 2026-10-01, in the years from 1900 to 2999; to: To must be a date such as 2026-10-31, in the years from 1900 to 2999',
    });
    expect(await t.raw('data.exportFile', { to: '9999-12-31' })).toMatchObject({ ok: false, message: 'to: To must be a date such as 2026-10-31, in the years from 1900 to 2999' });
    expect(await t.raw('lessons.create', { title: 'x', dueAt: '1899-12-31' })).toMatchObject({ ok: false, message: 'dueAt: Due date must be a date such as 2026-11-30, in the years from 1900 to 2999' });
    expect(await t.raw('figures.month', { month: '0000-01' })).toMatchObject({ ok: false, message: 'month: Month must be from 1900-01 to 2999-12' });
    expect(checksum(t.core.db)).toEqual(before);
    // The edges themselves are fine.
    expect((await t.raw('patterns.pareto', { from: '1900-01-01', to: '1900-12-31' })).ok).toBe(true);
    expect((await t.raw('incidents.update', { id: incident.id, changes: { followUpDueAt: '2999-12-31T12:00:00Z' } })).ok).toBe(true);
    // The month before the first one is still a month in the answer.
    expect(await t.raw('compensations.month', { month: '1900-01' })).toMatchObject({ ok: true, value: { previous: { month: '1899-12' } } });
  });

  it('an old data file that holds one (an import before the range existed) still reads', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Typo year on paper' });
    t.core.db.prepare("UPDATE incidents SET occurred_at = '0226-10-03T09:00:00.000Z' WHERE id = ?").run(incident.id);
    expect((await t.call('incidents.get', { id: incident.id })).incident.occurredAt).toBe('0226-10-03T09:00:00.000Z');
    const page = await t.call('incidents.list', {});
    expect(page.items.map((i) => i.id)).toContain(incident.id);
    // ... and is still reachable through the page it falls on.
    expect((await t.raw('incidents.list', { cursor: { occurredAt: '0226-10-03T09:00:00.000Z', id: incident.id + 1 } })).ok).toBe(true);
  });

  it('are refused in a CSV file, naming the line and column', async () => {
    const result = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened,follow_up_due_at\n1899-12-31,Old,\n2026-10-01,Far,3000-01-02\n' }));
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([
      { line: 2, column: 'occurred_at', reason: '“1899-12-31” is not in the years 1900 to 2999' },
      { line: 3, column: 'follow_up_due_at', reason: '“3000-01-02” is not in the years 1900 to 2999' },
    ]);
  });
});

it('a customer field sent as undefined (IPC keeps such keys) is simply not recorded', async () => {
  const result = await t.raw('incidents.create', { whatHappened: 'Cold soup', customer: { name: undefined, email: undefined, note: 'Regular, Tuesdays' } });
  expect(result.ok).toBe(true);
  const id = result.ok ? (result.value as { incident: { id: number } }).incident.id : 0;
  expect((await t.call('incidents.get', { id })).incident.customer).toMatchObject({ name: '', email: '', phone: '', note: 'Regular, Tuesdays' });
});

it('a control character in the search box splits words instead of ending the query', async () => {
  const { incident } = await t.call('incidents.create', { whatHappened: 'Cold soup at lunch' });
  const found = await t.call('incidents.list', { filter: { q: 'cold\u0000soup' } });
  expect(found.items.map((i) => i.id)).toEqual([incident.id]);
});

it('a name with NUL is refused, so case-blind unique names keep working', async () => {
  expect(await t.raw('rootCauses.create', { name: 'Till\u0000broken', group: 'Equipment' })).toMatchObject({
    ok: false,
    message: 'name: Root cause contains an invisible control character (such as NUL) or a broken one; remove it',
  });
  const cause = await t.call('rootCauses.create', { name: 'Till broken', group: 'Equipment' });
  expect((await t.raw('rootCauses.update', { id: cause.id })).ok).toBe(true);
});

it('over HTTP, another method on a channel answers in the one error shape', async () => {
  const { startBridge } = await import('../../electron/main/server/bridge');
  const bridge = await startBridge({ call: callerOf(t.core.handlers) });
  try {
    const res = await fetch(`${bridge.url}rpc/incidents.get`, { headers: { authorization: `Bearer ${bridge.sessionKey}` } });
    expect(res.status).toBe(405);
    expect(await res.json()).toEqual({ ok: false, code: 'BAD_REQUEST', message: 'Call a channel with POST /rpc/<channel>.' });
  } finally {
    await bridge.close();
  }
});

describe('payloads nested too deeply (issue 12: 1,000 levels gave a 500 from json_valid, 20,000 a RangeError out of dispatch)', () => {
  const nest = (depth: number) => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i += 1) value = { a: value };
    return value;
  };

  it('are a BAD_REQUEST with a sentence, at any depth, and write nothing', async () => {
    const before = checksum(t.core.db);
    for (const depth of [40, 1_000, 20_000, 200_000]) {
      const draft = await t.raw('drafts.save', { key: 'quick-log', value: { deep: nest(depth) } });
      expect(draft, `drafts.save at depth ${depth}`).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/nested too deeply/) });
      const create = await t.raw('incidents.create', nest(depth));
      expect(create, `incidents.create at depth ${depth}`).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(checksum(t.core.db)).toEqual(before);
  });

  it('a cycle (possible over IPC, which clones objects) is refused the same way', async () => {
    const cyclic: Record<string, unknown> = { whatHappened: 'x' };
    cyclic.self = cyclic;
    expect(await t.raw('incidents.create', cyclic)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });

  it('an ordinary draft still saves', async () => {
    expect(await t.raw('drafts.save', { key: 'quick-log', value: { whatHappened: 'half typed', customer: { name: 'Dana' } } })).toEqual({ ok: true, value: null });
  });
});

describe('a control character in details that are only looked up (issue 17: a NUL made PostgreSQL refuse the query, an INTERNAL error)', () => {
  it('is read as a space, on both engines, and the person is still found', async () => {
    await t.call('incidents.create', { whatHappened: 'Latte was cold', customer: { name: 'Dana Whitlock', phone: '555 010 4477', email: 'dana@example.com' } });
    for (const typed of [
      { name: 'Dana\u0000Whitlock', phone: '555\u0000010\u00004477' },
      { name: 'Dana Whitlock', email: 'dana@example.com\u0000' },
      { name: '\u0000', phone: '\u0000', email: '\u0000' },
    ]) {
      const result = await t.raw('customers.history', typed);
      expect(result, JSON.stringify(typed)).toMatchObject({ ok: true });
    }
    const found = await t.call('customers.history', { name: 'Dana\u0000Whitlock', phone: '555\u0000010\u00004477' });
    expect(found.total).toBe(1);
  });
});
