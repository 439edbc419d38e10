// Deleting is soft and undoable: a deleted incident is as if it had never been logged, everywhere a
// person looks (journal, search, Home, figures, Patterns, the report, the CSV), and restoring it
// brings every one of those back exactly.
import { describe, expect, it } from 'vitest';
import { loadReportData } from '../../shared/report';
import { KEEP_DELETED_DAYS } from '../../shared/schemas/deleted';
import { tempCores, type TempCore } from '../support/core';
import { bySql, isPostgres } from '../../electron/main/core/db/engine';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const PERIOD = { from: '2026-10-01', to: '2026-10-31' };
const core = tempCores(NOW);

/**
 * A small October: incident B stays; with `withA`, incident A (diagnosed cause, overdue follow-up,
 * scores, a refund, a lesson link, a customer) is logged after it. Same clock, same order, so a
 * shop that deleted A must look exactly like one that never had it.
 */
async function shop(t: TempCore, withA: boolean) {
  const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 10_000 })).id;
  const cause = (await t.call('rootCauses.list', {})).find((c) => c.name === 'Training gap')!.id;
  const lesson = (await t.call('lessons.create', { title: 'Train the new starters', rootCauseId: cause })).lesson.id;
  const b = (
    await t.call('incidents.create', { whatHappened: 'Rude reply on the phone', occurredAt: '2026-10-05T09:00:00.000Z', customer: { name: 'Lee' } })
  ).incident;
  await t.call('compensations.add', { incidentId: b.id, kind: 'voucher', cost: 500, givenById: sam });
  if (!withA) return { sam, lesson, b, a: null };
  const a = (
    await t.call('incidents.create', {
      whatHappened: 'Cold soup at lunch',
      occurredAt: '2026-10-02T12:00:00.000Z',
      customer: { name: 'Dana Whitlock', phone: '555 0101' },
    })
  ).incident;
  await t.call('incidents.update', {
    id: a.id,
    changes: { rootCauseId: cause, followUpDueAt: '2026-10-10T12:00:00.000Z', scoreBefore: 3, scoreAfter: 10, outcome: 'retained' },
  });
  await t.call('incidents.setStep', { id: a.id, step: 'resolved', done: true });
  await t.call('compensations.add', { incidentId: a.id, kind: 'refund', cost: 4000, givenById: sam, givenAt: '2026-10-02T12:30:00.000Z' });
  await t.call('lessons.link', { lessonId: lesson, incidentId: a.id });
  return { sam, lesson, b, a };
}

/** Everything a person can see of the shop, through the channels the screens use. */
async function view(t: TempCore, s: { sam: number; lesson: number }) {
  return {
    report: await loadReportData('2026-10', t.call),
    journal: await t.call('incidents.list', {}),
    searchWords: await t.call('incidents.list', { filter: { q: 'soup' } }),
    searchCustomer: await t.call('incidents.list', { filter: { q: 'Whitlock' } }),
    searchOpen: await t.call('incidents.list', { filter: { q: 'soup', status: 'resolved' } }),
    home: await t.call('incidents.home', {}),
    diagnose: await t.call('diagnose.queue', {}),
    recovery: await t.call('patterns.recovery', PERIOD),
    recoveryByKind: await t.call('patterns.recoveryByKind', PERIOD),
    breakdowns: await t.call('patterns.breakdowns', PERIOD),
    allowance: await t.call('compensations.checkAllowance', { givenById: s.sam, cost: 6500, givenAt: '2026-10-03T12:00:00.000Z' }),
    lesson: await t.call('lessons.get', { id: s.lesson }),
    causes: await t.call('rootCauses.usage', {}),
    // A voucher's code is drawn at random in each file: the same voucher, another code.
    csv: (await t.exportText({})).csv.replace(/MGV-[2-9A-Z]{4,12}/g, 'MGV-code'),
  };
}

// Each builds a shop and reads every view twice: dozens of round trips to the shared database.
const SLOW = 20_000;

describe('deleting an incident', () => {
  it('leaves no trace anywhere a person looks, as if it had never been logged', async () => {
    const never = core();
    const expected = await view(never, await shop(never, false));
    const t = core();
    const s = await shop(t, true);
    expect(await view(t, s)).not.toEqual(expected); // A shows before it is deleted
    const deleted = await t.call('incidents.remove', { id: s.a!.id });
    expect(deleted).toMatchObject({ id: s.a!.id, ref: s.a!.ref, customerName: 'Dana Whitlock', deletedAt: NOW.toISOString() });
    expect(await view(t, s)).toEqual(expected);
    // And it cannot be opened, edited or given to: each says where it went.
    const gone = `Incident ${s.a!.ref} was deleted. You can restore it from Recently deleted, in the journal.`;
    expect(await t.raw('incidents.get', { id: s.a!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: gone });
    expect(await t.raw('incidents.update', { id: s.a!.id, changes: { severity: 2 } })).toMatchObject({ ok: false, code: 'NOT_FOUND', message: gone });
    expect(await t.raw('incidents.setStep', { id: s.a!.id, step: 'heard', done: true })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.raw('compensations.add', { incidentId: s.a!.id, kind: 'gift', cost: 0, givenById: s.sam })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      issues: [{ path: 'incidentId', message: `Incident ${s.a!.ref} was deleted; restore it first.` }],
    });
    expect(await t.raw('lessons.link', { lessonId: s.lesson, incidentId: s.a!.id })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  }, SLOW);

  it('is undone exactly: every view and the incident itself come back, the timeline saying when', async () => {
    const t = core();
    const s = await shop(t, true);
    const before = await view(t, s);
    const detail = await t.call('incidents.get', { id: s.a!.id });
    await t.call('incidents.remove', { id: s.a!.id });
    t.setNow(new Date('2026-10-16T08:00:00.000Z'));
    const restored = await t.call('incidents.restore', { id: s.a!.id });
    expect(await view(t, s)).toEqual(before);
    expect({ ...restored, events: restored.events.slice(0, -2) }).toEqual(detail);
    expect(restored.events.slice(-2)).toMatchObject([
      { kind: 'changed', field: 'deletedAt', from: null, to: NOW.toISOString(), at: NOW.toISOString() },
      { kind: 'changed', field: 'deletedAt', from: NOW.toISOString(), to: null, at: '2026-10-16T08:00:00.000Z' },
    ]);
  }, SLOW);

  it('lists what can be restored and until when, and refuses what cannot', async () => {
    const t = core();
    const s = await shop(t, true);
    expect(await t.call('recentlyDeleted.list', {})).toEqual({ keptDays: 30, incidents: [], incidentsTotal: 0, compensations: [], compensationsTotal: 0 });
    await t.call('incidents.remove', { id: s.a!.id });
    const listed = await t.call('recentlyDeleted.list', {});
    expect(listed.incidents).toEqual([
      {
        id: s.a!.id,
        ref: s.a!.ref,
        occurredAt: '2026-10-02T12:00:00.000Z',
        summary: 'Cold soup at lunch',
        customerName: 'Dana Whitlock',
        deletedAt: NOW.toISOString(),
        erasedAfter: '2026-11-14T12:00:00.000Z',
      },
    ]);
    // Its refund left with it and comes back with it: it is not offered on its own.
    expect(listed.compensations).toEqual([]);
    expect(await t.raw('incidents.remove', { id: s.a!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.raw('incidents.remove', { id: 999 })).toEqual({ ok: false, code: 'NOT_FOUND', message: 'Incident 999 was not found.' });
    expect(await t.raw('incidents.restore', { id: 999 })).toEqual({ ok: false, code: 'NOT_FOUND', message: 'Incident 999 was not found.' });
    expect(await t.raw('incidents.restore', { id: s.b.id })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: `Incident ${s.b.ref} is not deleted, so there is nothing to restore.`,
    });
  });
});

describe('erasing for good', () => {
  const reopen = (t: TempCore, at: Date) => t.reopen(at);
  const count = (t: TempCore, sql: string) => t.core.db.prepare(sql).pluck().get() as number;

  it(`keeps a deletion restorable for ${KEEP_DELETED_DAYS} days, then erases it on open with its customer, timeline and links`, async () => {
    const t = core();
    const s = await shop(t, true);
    const refund = (await t.call('incidents.get', { id: s.a!.id })).compensations[0]!;
    await t.call('incidents.remove', { id: s.a!.id });
    const voucher = (await t.call('incidents.get', { id: s.b.id })).compensations[0]!;
    t.setNow(new Date('2026-10-20T12:00:00.000Z'));
    await t.call('compensations.remove', { id: voucher.id }); // removed on its own, five days later

    reopen(t, new Date('2026-11-14T12:00:00.000Z')); // exactly 30 days: still there
    expect((await t.call('recentlyDeleted.list', {})).incidents.map((i) => i.id)).toEqual([s.a!.id]);

    reopen(t, new Date('2026-11-14T12:01:00.000Z'));
    expect(await t.raw('incidents.restore', { id: s.a!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await t.call('recentlyDeleted.list', {})).toEqual({ keptDays: 30, incidents: [], incidentsTotal: 0, compensations: [expect.objectContaining({ id: voucher.id })], compensationsTotal: 1 });
    expect(count(t, `SELECT count(*) FROM incidents WHERE id = ${s.a!.id}`)).toBe(0);
    expect(count(t, `SELECT count(*) FROM incident_events WHERE incident_id = ${s.a!.id}`)).toBe(0);
    expect(count(t, `SELECT count(*) FROM compensations WHERE id = ${refund.id}`)).toBe(0);
    expect(count(t, `SELECT count(*) FROM lesson_incidents WHERE incident_id = ${s.a!.id}`)).toBe(0);
    expect(count(t, "SELECT count(*) FROM customers WHERE name = 'Dana Whitlock'")).toBe(0);
    expect(count(t, bySql(t.core.db, { sqlite: "SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH 'soup'", postgres: "SELECT count(*) FROM incidents_fts WHERE words @@ to_tsquery('simple', 'soup')" }))).toBe(0);
    // The incident that stayed keeps its customer; its voucher goes five days later than A did.
    expect((await t.call('incidents.get', { id: s.b.id })).incident.customer?.name).toBe('Lee');
    reopen(t, new Date('2026-11-19T12:01:00.000Z'));
    expect(count(t, `SELECT count(*) FROM compensations WHERE id = ${voucher.id}`)).toBe(0);
    expect((await t.call('incidents.get', { id: s.b.id })).events.filter((e) => e.kind === 'compensation').map((e) => e.field)).toEqual(['added', 'removed']);
    // PostgreSQL checks every foreign key as it writes; SQLite's file is asked.
    if (!isPostgres(t.core.db)) expect(t.core.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('keeps a customer who is still named on another incident', async () => {
    const t = core();
    const a = (await t.call('incidents.create', { whatHappened: 'Late order', customer: { name: 'Dana' } })).incident;
    const customerId = a.customer!.id;
    t.core.db.prepare('INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run('MG-99', NOW.toISOString(), NOW.toISOString(), NOW.toISOString(), 'phone', customerId, 'Second visit', 1);
    await t.call('incidents.remove', { id: a.id });
    reopen(t, new Date('2026-12-01T00:00:00.000Z'));
    expect(count(t, `SELECT count(*) FROM customers WHERE id = ${customerId}`)).toBe(1);
  });
});
