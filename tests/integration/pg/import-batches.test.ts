// An import cut short is removed whole the next time Makegood opens the data (domain/importBatches.ts).
// On the shared database the batch's writer is known by its server process, which every counter can
// see: another counter's import in progress is left alone, one whose connection is gone is removed.
import { afterEach, describe, expect, it } from 'vitest';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';

let t: TempCore;
let other: PgDb | null = null;
afterEach(() => {
  other?.close();
  other = null;
  t?.cleanup();
});

describe.skipIf(!onPostgres)('an unfinished import on the shared database', () => {
  it('is removed when its writer’s connection is gone, and kept while another counter is still writing it', async () => {
    t = tempCore();
    const live = (await t.call('incidents.create', { whatHappened: 'Imported by the counter still importing' })).incident;
    const dead = (await t.call('incidents.create', { whatHappened: 'Imported by a counter that lost its connection' })).incident;
    // Another counter, still connected, in the middle of its import.
    other = new PgDb({ url: t.databasePath });
    const otherPid = other.prepare('SELECT pg_backend_pid()').pluck().get() as number;
    // A process that runs on this computer but is no server process of the database: what counts is the connection.
    const gonePid = 1;
    const db = t.core.db;
    const batch = (pid: number, incidentId: number) => {
      const id = Number(db.prepare('INSERT INTO import_batches (pid, started_at) VALUES (?, ?)').run(pid, '2026-10-15T11:00:00.000Z').lastInsertRowid);
      db.prepare("INSERT INTO import_batch_rows (batch_id, tbl, first_id, last_id) VALUES (?, 'incidents', ?, ?)").run(id, incidentId, incidentId);
      return id;
    };
    const liveBatch = batch(otherPid, live.id);
    batch(gonePid, dead.id);

    t.reopen(new Date('2026-10-15T12:05:00.000Z'));
    const left = t.core.db.prepare('SELECT id FROM incidents ORDER BY id').pluck().all();
    expect(left).toEqual([live.id]);
    expect(t.core.db.prepare('SELECT id FROM import_batches').pluck().all()).toEqual([liveBatch]);
  });
});
