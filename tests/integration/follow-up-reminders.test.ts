// Follow-up reminders (docs/domain.md, "Follow-up reminders"): each due time is claimed once,
// whoever asks and however often; a restore keeps what was sent.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { addMinutes } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDueReminders, CLAIM_SQL } from '../../electron/main/core/domain/followUps';
import { openDatabase } from '../../electron/main/core/db/open';
import { isReadOnlyChannel } from '../../electron/main/core/service/service';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';
import { WRITE_LOCK_SQL } from '../../electron/main/core/db/pg/pgDb';

const start = new Date('2026-10-15T12:00:00.000Z');
let t: TempCore;
beforeEach(() => {
  t = tempCore(start);
});
afterEach(() => t.cleanup());

/** An incident with a follow-up promised `minutes` from the start. */
async function promised(minutes: number, whatHappened = 'Cake dropped on delivery', customer: string | null = 'Dana Fox') {
  const created = await t.call('incidents.create', {
    whatHappened,
    occurredAt: addMinutes(start, -60).toISOString(),
    customer: customer === null ? null : { name: customer, phone: '', email: '' },
  });
  const id = created.incident.id;
  await t.call('incidents.update', { id, changes: { followUpDueAt: addMinutes(start, minutes).toISOString() } });
  return { id, ref: created.incident.ref };
}

const claim = () => t.call('followUps.claimDue', {});
const refsOf = (claimed: { ref: string }[]) => claimed.map((c) => c.ref);

describe('claiming due follow-ups', () => {
  it('claims a follow-up once it is due, at the exact instant, and not before', async () => {
    const soon = await promised(30);
    expect(await claim()).toEqual([]);
    t.setNow(addMinutes(start, 29));
    expect(await claim()).toEqual([]);
    t.setNow(addMinutes(start, 30));
    expect(await claim()).toEqual([
      { incidentId: soon.id, ref: soon.ref, firstName: 'Dana', summary: 'Cake dropped on delivery', dueAt: addMinutes(start, 30).toISOString() },
    ]);
  });

  it('claims each due time once: asking again, or after a restart, claims nothing', async () => {
    const late = await promised(-10);
    t.setNow(addMinutes(start, 1));
    expect(refsOf(await claim())).toEqual([late.ref]);
    expect(await claim()).toEqual([]);
    t.reopen(addMinutes(start, 2));
    expect(await claim()).toEqual([]);
    expect(t.core.db.prepare('SELECT incident_id, due_at, sent_at FROM follow_up_reminders').all()).toEqual([
      { incident_id: late.id, due_at: addMinutes(start, -10).toISOString(), sent_at: addMinutes(start, 1).toISOString() },
    ]);
  });

  it('gives a follow-up moved to a new due time a reminder of its own', async () => {
    const moved = await promised(-5);
    expect(refsOf(await claim())).toEqual([moved.ref]);
    await t.call('incidents.update', { id: moved.id, changes: { followUpDueAt: addMinutes(start, 60).toISOString() } });
    expect(await claim()).toEqual([]);
    t.setNow(addMinutes(start, 61));
    expect(await claim()).toMatchObject([{ ref: moved.ref, dueAt: addMinutes(start, 60).toISOString() }]);
  });

  it('claims nothing for a follow-up already made, or an incident deleted', async () => {
    const done = await promised(-5);
    const gone = await promised(-5);
    const kept = await promised(-5, 'Wrong size', null);
    await t.call('incidents.update', { id: done.id, changes: { followedUpAt: start.toISOString() } });
    await t.call('incidents.remove', { id: gone.id });
    expect(await claim()).toEqual([{ incidentId: kept.id, ref: kept.ref, firstName: null, summary: 'Wrong size', dueAt: addMinutes(start, -5).toISOString() }]);
    // Restored, the deleted one is due and was never reminded.
    await t.call('incidents.restore', { id: gone.id });
    expect(refsOf(await claim())).toEqual([gone.ref]);
  });

  it("takes staff names out of what happened, and keeps it to one short line", async () => {
    await t.call('staff.create', { name: 'Priya Shah', monthlyAllowance: 0 });
    await promised(-1, `Priya dropped the cake\nat the door. ${'Then a long wait for a new one. '.repeat(5)}`);
    const [reminder] = await claim();
    expect(reminder!.summary).toMatch(/^our team dropped the cake at the door\. Then a long wait/);
    expect(reminder!.summary.length).toBeLessThanOrEqual(101);
    expect(reminder!.summary.endsWith('…')).toBe(true);
    expect(reminder!.summary).not.toMatch(/priya|shah/i);
  });

  it('hands each reminder to exactly one of two connections on one file', async () => {
    const due = await Promise.all([promised(-3), promised(-2), promised(-1)]);
    const other = openDatabase(t.databasePath);
    try {
      const first = claimDueReminders(other, start.toISOString());
      await promised(-1);
      const second = await claim();
      const third = claimDueReminders(other, start.toISOString());
      expect(refsOf(first)).toEqual(due.map((d) => d.ref));
      expect(second).toHaveLength(1);
      expect(third).toEqual([]);
    } finally {
      other.close();
    }
  });

  it('waits for another program claiming at the same moment, then claims only what it left', async () => {
    const due = await promised(-3);
    // Another process (a second window's core, or serve) has claimed and not yet committed.
    const racer = onPostgres
      ? new Worker(RACER_PG, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('pg'), url: t.databasePath, sql: CLAIM_SQL, now: start.toISOString() } })
      : new Worker(RACER, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file: t.databasePath, sql: CLAIM_SQL, now: start.toISOString() } });
    const [claimedThere] = (await once(racer, 'message')) as [unknown[]];
    expect(claimedThere).toEqual([{ incident_id: due.id, due_at: addMinutes(start, -3).toISOString() }]);
    expect(await claim()).toEqual([]);
    await once(racer, 'exit');
    expect(t.core.db.prepare('SELECT count(*) FROM follow_up_reminders').pluck().get()).toBe(1);
  });
});

describe('routing', () => {
  it('sends the claim to the one writer, and the message to a reader', () => {
    expect(isReadOnlyChannel('followUps.claimDue')).toBe(false);
    expect(isReadOnlyChannel('followUps.message')).toBe(true);
  });
});

describe('a restore', () => {
  // Backups and restore are the SQLite file's; on the shared database they are the server's (pg_dump).
  it.skipIf(onPostgres)('keeps the reminders already sent, so none is sent again', async () => {
    const late = await promised(-10);
    expect(refsOf(await claim())).toEqual([late.ref]);
    const { name } = await t.call('data.backup', {});
    await t.call('data.restore', { name });
    expect(t.core.db.prepare('SELECT count(*) FROM follow_up_reminders').pluck().get()).toBe(1);
    expect(await claim()).toEqual([]);
  });
});

// Runs in a worker thread, as another program would: claims in its own IMMEDIATE transaction,
// says what it claimed, and commits a moment later.
const RACER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
const claimed = db.prepare(workerData.sql).all(workerData.now, workerData.now);
parentPort.postMessage(claimed);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
db.exec('COMMIT');
db.close();
`;

// The same other program on the shared database: its transaction takes the write lock every counter takes (db/pg/pgDb.ts).
const RACER_PG = `
const { parentPort, workerData } = require('node:worker_threads');
const { Client } = require(workerData.driver);
(async () => {
  const db = new Client({ connectionString: workerData.url });
  await db.connect();
  await db.query('BEGIN');
  await db.query(${JSON.stringify(WRITE_LOCK_SQL)});
  let n = 0;
  const claimed = (await db.query(workerData.sql.replace(/\\?/g, () => '$' + ++n), [workerData.now, workerData.now])).rows;
  parentPort.postMessage(claimed);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await db.query('COMMIT');
  await db.end();
})();
`;
