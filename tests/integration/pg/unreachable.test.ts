// The shared database out of reach mid-session (the server restarted, the network dropped): a call
// answers UNAVAILABLE with a plain sentence, never INTERNAL, and nothing half-written is left.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';

let t: TempCore;
afterEach(() => t?.cleanup());

describe.runIf(onPostgres)('when the shared database cannot be reached', () => {
  it('says so in a sentence, as UNAVAILABLE, and saves nothing', async () => {
    t = tempCore();
    await t.call('incidents.create', { whatHappened: 'Logged before the drop' });
    const pid = t.core.db.prepare('SELECT pg_backend_pid()').pluck().get();
    // Another program holds the row of the next ref; while this counter waits for it mid-save, the
    // server ends its connection (a restart, a dropped network).
    const other = new Worker(DROPPER, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('pg'), url: t.databasePath, pid } });
    await once(other, 'message');
    const answer = await t.raw('incidents.create', { whatHappened: 'Logged during the drop' });
    expect(answer).toEqual({
      ok: false,
      code: 'UNAVAILABLE',
      message: 'Makegood cannot reach the shared database. Check the network and the database server, then try again.',
    });
    await once(other, 'exit');
    const count = new PgDb({ url: t.databasePath });
    try {
      expect(count.prepare('SELECT what_happened FROM incidents ORDER BY id').pluck().all()).toEqual(['Logged before the drop']);
    } finally {
      count.close();
    }
    // Once the server answers again, the next call connects afresh and saves.
    expect((await t.call('incidents.create', { whatHappened: 'Logged after the drop' })).incident.ref).toBe('MG-2');
  });
});

// Holds the row of the next ref (in this test's own schema), waits until the counter is waiting
// for it mid-save, then has the server end that counter's connection.
const DROPPER = `
const { parentPort, workerData } = require('node:worker_threads');
const { Client } = require(workerData.driver);
(async () => {
  const db = new Client({ connectionString: workerData.url });
  await db.connect();
  await db.query('BEGIN');
  await db.query("SELECT value FROM settings WHERE key = 'lastRefNumber' FOR UPDATE");
  parentPort.postMessage('saving');
  for (let n = 0; n < 100; n++) {
    const waiting = await db.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'", [workerData.pid]);
    if (waiting.rowCount > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await db.query('SELECT pg_terminate_backend($1)', [workerData.pid]);
  await db.query('ROLLBACK');
  await db.end();
})();
`;
