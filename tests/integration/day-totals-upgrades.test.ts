// The day tables of migrations 15, 16 and 19 when a file or database comes from an older version:
// an upgrade fills them from the rows it already has, and a restored backup, of today's version or
// an older one, gets tables made from its rows, never copied from the backup
// (tests/support/dayTables.ts works out what the rows say).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/main/core/db/connect';
import { migrate } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';
import type { Db } from '../../electron/main/core/db/open';
import { PG_MIGRATIONS } from '../../electron/main/core/db/pg/migrations';
import { migratePostgres } from '../../electron/main/core/db/pg/openPg';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { copyBackupRows, schemaAt } from '../../electron/main/core/domain/restore';
import { tempCore, type TempCore } from '../support/core';
import { dayTables, dayTablesFromRows, expectDayTablesMatchRows, sorted } from '../support/dayTables';
import { createTestDatabase, dropTestDatabase, onPostgres } from '../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');

let t: TempCore;
beforeEach(() => {
  t = tempCore(NOW);
});
afterEach(() => t.cleanup());

describe('an upgrade to migration 15', () => {
  it('fills the day tables from the rows the file or database already has', () => {
    // A database at version 14 with a history in it, on this run's engine, then brought up to date.
    const url = onPostgres ? createTestDatabase() : null;
    const db = (url ? new PgDb({ url }) : connect(':memory:')) as Db;
    try {
      if (db instanceof PgDb) {
        migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 14));
        generateDemo(db, { incidents: 300, seed: 21, now: NOW });
      } else {
        // SQLite's history writer needs today's schema: the history is made in a file of today's,
        // and its rows copied into one at version 14 as a restore copies a backup's.
        migrate(db as never, MIGRATIONS.filter((m) => m.version <= 14));
        generateDemo(t.core.db, { incidents: 300, seed: 21, now: NOW });
        t.core.db.pragma('wal_checkpoint(TRUNCATE)');
        db.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
        copyBackupRows(db, schemaAt(14, (path) => connect(path)), 'the history');
        db.exec('DETACH DATABASE backup');
      }
      db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 17 = 0").run();
      db.prepare("UPDATE incidents SET occurred_at = '2026-02-03 09:00' WHERE id % 41 = 0 AND deleted_at IS NULL AND id NOT IN (SELECT incident_id FROM compensations)").run();
      if (db instanceof PgDb) migratePostgres(db);
      else migrate(db as never);
      expect(db.prepare('SELECT count(*) FROM cause_days').pluck().get()).toBeGreaterThan(0);
      expectDayTablesMatchRows(db, 'after the upgrade');
    } finally {
      db.close();
      if (url) dropTestDatabase(url);
    }
  });
});

describe.skipIf(onPostgres)('an upgrade to migration 16 (the SQLite file)', () => {
  it("totals a file at 15 from its rows, whatever 15's triggers left, and keeps them with 16's", () => {
    const db = connect(':memory:') as unknown as Db;
    try {
      migrate(db as never, MIGRATIONS.filter((m) => m.version <= 15));
      generateDemo(t.core.db, { incidents: 300, seed: 23, now: NOW });
      t.core.db.pragma('wal_checkpoint(TRUNCATE)');
      db.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
      copyBackupRows(db, schemaAt(15, (path) => connect(path)), 'the history');
      db.exec('DETACH DATABASE backup');
      // Totals 15's triggers did not keep (a copy bypasses none, but an old file may hold any).
      db.prepare('UPDATE cause_days SET incidents = incidents + 7').run();
      db.prepare('DELETE FROM cost_days WHERE rowid % 2 = 0').run();
      migrate(db as never);
      expectDayTablesMatchRows(db, 'after 16');
      db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 13 = 0").run();
      db.prepare('DELETE FROM compensations WHERE id % 5 = 0').run();
      expectDayTablesMatchRows(db, "after writes through 16's triggers");
    } finally {
      db.close();
    }
  });
});

describe.skipIf(onPostgres)('a restored backup (the SQLite file)', () => {
  it('has day tables made from its rows, never copied from the backup', async () => {
    generateDemo(t.core.db, { incidents: 300, seed: 22, now: NOW });
    const { name } = await t.call('data.backup', {});
    // Whatever the backup's own tables said, and whatever was logged after it, the restore totals its rows.
    t.core.db.prepare('UPDATE cause_days SET incidents = incidents + 1000').run();
    const before = dayTablesFromRows(t.core.db);
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    await t.call('data.restore', { name });
    expectDayTablesMatchRows(t.core.db, 'after a restore');
    expect(sorted(dayTables(t.core.db).causes)).toEqual(sorted(before.causes));
    expect(t.core.db.prepare('SELECT count(*) FROM day_totals_held').pluck().get()).toBe(0);
  });
});

describe.skipIf(onPostgres)('a restored backup of an older version (the SQLite file)', () => {
  // A backup at 15 has 0015's own triggers and no hold; one at 16–18 the hold but not 0019's tables:
  // each is copied at its own version, and the migrations after it total what it lacks.
  it.each([14, 15, 16, 18])('at version %i has every day table made from its rows', async (version) => {
    generateDemo(t.core.db, { incidents: 200, seed: 24 + version, now: NOW });
    t.core.db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 11 = 0").run();
    t.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = dayTablesFromRows(t.core.db);
    mkdirSync(join(t.dir, 'backups'), { recursive: true });
    const name = `version-${version}.sqlite`;
    const old = connect(join(t.dir, 'backups', name));
    try {
      migrate(old as never, MIGRATIONS.filter((m) => m.version <= version));
      old.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
      copyBackupRows(old as unknown as Db, schemaAt(version, (path) => connect(path)), 'the history');
      old.exec('DETACH DATABASE backup');
    } finally {
      old.close();
    }
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    await t.call('data.restore', { name });
    expectDayTablesMatchRows(t.core.db, `after restoring a backup at version ${version}`);
    expect(sorted(dayTables(t.core.db).breakdowns)).toEqual(sorted(before.breakdowns));
  });
});
