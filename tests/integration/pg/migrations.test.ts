// The shared database's schema: the same numbered list as the SQLite file, one transaction per
// version, a version table, and a database from a newer Makegood refused in a sentence.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../../../electron/main/core/db/connect';
import { LATEST_VERSION, migrate, schemaVersion } from '../../../electron/main/core/db/migrate';
import { openDatabase } from '../../../electron/main/core/db/open';
import { PG_MIGRATIONS } from '../../../electron/main/core/db/pg/migrations';
import { migratePostgres, PG_LATEST_VERSION, openPostgres } from '../../../electron/main/core/db/pg/openPg';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { createTestDatabase, dropTestDatabase, onPostgres } from '../../support/pgTest';

const made: string[] = [];
const fresh = () => {
  const url = createTestDatabase();
  made.push(url);
  return url;
};
const opened: { close(): unknown }[] = [];
const keep = <T extends { close(): unknown }>(x: T) => {
  opened.push(x);
  return x;
};
afterEach(() => {
  for (const x of opened.splice(0)) x.close();
  for (const url of made.splice(0)) dropTestDatabase(url);
});

/** Each table's stored columns, by name, on either engine. */
function sqliteColumns(): Map<string, string[]> {
  const db = connect(':memory:');
  migrate(db);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'incidents_fts%'").pluck().all() as string[];
  const out = new Map(tables.map((t) => [t, (db.prepare('SELECT name FROM pragma_table_xinfo(?) ORDER BY name').pluck().all(t) as string[])]));
  db.close();
  return out;
}

function pgColumns(db: PgDb): Map<string, string[]> {
  const rows = db
    .prepare(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()
       AND table_name NOT IN ('makegood_schema', 'incidents_fts') ORDER BY table_name, column_name`,
    )
    .all() as { table_name: string; column_name: string }[];
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

// Needs the test server: runs in the postgres project.
describe.skipIf(!onPostgres)('the shared database', () => {
  it('is brought to the version the SQLite file has, each version recorded once', () => {
    const url = fresh();
    const db = keep(openPostgres(url));
    expect(PG_LATEST_VERSION).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const recorded = db.prepare('SELECT version FROM makegood_schema ORDER BY version').pluck().all();
    expect(recorded).toEqual(PG_MIGRATIONS.map((m) => m.version));
    expect(recorded.at(-1)).toBe(LATEST_VERSION);
    // Opening again changes nothing.
    db.close();
    const again = keep(openPostgres(url));
    expect(again.prepare('SELECT count(*) FROM makegood_schema').pluck().get()).toBe(PG_MIGRATIONS.length);
  });

  it('fills 0014\'s stored keys for the customers a version-13 database already has', () => {
    const url = fresh();
    const db = keep(new PgDb({ url }));
    migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 13));
    db.prepare("INSERT INTO customers (name, phone, email, created_at) VALUES ('Dana Whitlock', '+1 (555) 867-5309', ' Dana@Example.com', '2026-10-01T00:00:00.000Z')").run();
    migratePostgres(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT phone_tail, email_key, name_lower FROM customers').get()).toEqual({
      phone_tail: '8675309',
      email_key: 'dana@example.com',
      name_lower: 'dana whitlock',
    });
    // An upgrade ends with VACUUM (ANALYZE) of every table: the rewritten customers table's pages
    // are all-visible again, for the covering indexes to answer alone.
    const vacuumed = db
      .prepare("SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema() AND last_vacuum IS NOT NULL AND last_analyze IS NOT NULL ORDER BY relname")
      .pluck()
      .all();
    expect(vacuumed).toEqual(expect.arrayContaining(['customers', 'incidents', 'compensations']));
  });

  it('gives a database at 12 (the follow-ups-done index) the count and save keys, in 13', () => {
    const url = fresh();
    const db = keep(new PgDb({ url }));
    migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 12));
    db.prepare("INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity) VALUES ('MG-1', '2026-10-01T09:00:00.000Z', 'x', 'x', 'phone', 'Cold soup', 1)").run();
    expect(db.prepare("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'incident_count'").pluck().get()).toBe(0);
    migratePostgres(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT live FROM incident_count').pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'incidents' AND column_name = 'save_key'").pluck().get()).toBe(1);
    expect(pgColumns(db)).toEqual(pgColumns(keep(openPostgres(fresh()))));
  });

  it('leaves 13 to a database whose 12 already made the count and save keys (the release of 1 December), and records it', () => {
    const url = fresh();
    const db = keep(new PgDb({ url }));
    const otherTwelve = readFileSync(join(import.meta.dirname, '../../migrations/history/pg-0012-counts-and-save-keys.aac5141.sql'), 'utf8');
    migratePostgres(db, [...PG_MIGRATIONS.filter((m) => m.version <= 11), { version: 12, name: 'counts-and-save-keys', sql: otherTwelve }]);
    db.prepare("INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity) VALUES ('MG-1', '2026-10-01T09:00:00.000Z', 'x', 'x', 'phone', 'Cold soup', 1)").run();
    migratePostgres(db);
    expect(db.prepare('SELECT version FROM makegood_schema ORDER BY version').pluck().all()).toEqual(PG_MIGRATIONS.map((m) => m.version));
    expect(db.prepare('SELECT live FROM incident_count').pluck().all()).toEqual([1]);
    expect(pgColumns(db)).toEqual(pgColumns(keep(openPostgres(fresh()))));
  });

  it('does not vacuum a database it has just set up', () => {
    const db = keep(openPostgres(fresh()));
    expect(db.prepare('SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = current_schema() AND last_vacuum IS NOT NULL').pluck().get()).toBe(0);
  });

  it('has the tables and columns the SQLite file has, by the same names', () => {
    const db = keep(openPostgres(fresh()));
    const sqlite = sqliteColumns();
    const pg = pgColumns(db);
    // import_batch_rows: SQLite's implicit rowid is a column PostgreSQL has to be told about.
    sqlite.set('import_batch_rows', [...sqlite.get('import_batch_rows')!, 'rowid'].sort());
    // day_totals_held: SQLite's history writer holds its row triggers off; PostgreSQL's triggers take
    // a statement's rows in one pass and need no such switch.
    sqlite.delete('day_totals_held');
    expect(pg).toEqual(sqlite);
  });

  it('starts with the same lists and settings as a new file', () => {
    const db = keep(openPostgres(fresh()));
    const file = connect(':memory:');
    migrate(file);
    for (const sql of ['SELECT id, name, active FROM categories ORDER BY id', 'SELECT id, name, cause_group, active FROM root_causes ORDER BY id', "SELECT key FROM settings ORDER BY key"]) {
      expect(db.prepare(sql).all(), sql).toEqual(file.prepare(sql).all());
    }
    file.close();
  });

  it('is set up once when two counters open a new database at the same moment', async () => {
    const url = fresh();
    // Two processes, as two counters: each opens, migrates (or finds it done) and saves an incident.
    const script = `
      import { openCore } from ${JSON.stringify(join(import.meta.dirname, '../../../electron/main/core/app.ts'))};
      import { dispatch } from ${JSON.stringify(join(import.meta.dirname, '../../../electron/main/core/rpc/dispatch.ts'))};
      const core = openCore({ databasePath: process.env.URL, version: 'test' });
      const r = await dispatch(core.handlers, 'incidents.create', { whatHappened: 'Saved at a counter' });
      core.close();
      if (!r.ok) { console.error(r.message); process.exit(1); }
    `;
    const counter = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, URL: url }, stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? 1));
      });
    expect(await Promise.all([counter(), counter()])).toEqual([0, 0]);
    const db = keep(new PgDb({ url }));
    expect(db.prepare('SELECT count(*) FROM makegood_schema').pluck().get()).toBe(PG_MIGRATIONS.length);
    expect(db.prepare('SELECT count(*) FROM categories').pluck().get()).toBe(10);
    expect(db.prepare('SELECT count(DISTINCT ref) FROM incidents').pluck().get()).toBe(2);
  }, 60_000);

  it('refuses, in a sentence and changing nothing, a database a newer Makegood set up', () => {
    const url = fresh();
    keep(openPostgres(url)).close();
    const db = keep(new PgDb({ url }));
    db.exec(`INSERT INTO makegood_schema (version, name, applied_at) VALUES (${LATEST_VERSION + 1}, 'from-the-future', '2030-01-01T00:00:00.000Z')`);
    const before = db.prepare('SELECT count(*) FROM makegood_schema').pluck().get();
    expect(() => openDatabase(url)).toThrow(/set up by a newer version of Makegood.*Update Makegood.*nothing in the database was changed/s);
    expect(() => openDatabase(url, { readonly: true })).toThrow(/newer version of Makegood/);
    expect(db.prepare('SELECT count(*) FROM makegood_schema').pluck().get()).toBe(before);
  });

  it('is not set up by a read-only open, which says what to do instead', () => {
    const url = fresh();
    expect(() => openDatabase(url, { readonly: true })).toThrow(/must first be brought up to this version of Makegood/);
    const db = keep(new PgDb({ url }));
    expect(db.prepare("SELECT to_regclass('makegood_schema') IS NULL").pluck().get()).toBe(1);
  });

  it("refuses a database that holds someone else's tables", () => {
    const url = fresh();
    const db = keep(new PgDb({ url }));
    db.exec('CREATE TABLE invoices (id integer)');
    expect(() => openDatabase(url)).toThrow(/already holds tables Makegood did not make \(invoices\).*database of its own/);
    expect(db.prepare("SELECT to_regclass('makegood_schema') IS NULL").pluck().get()).toBe(1);
  });

  it('says why it cannot connect, by cause, without the password', () => {
    const url = new URL(fresh());
    url.password = 'hunter2-secret';
    url.port = '1';
    let message = '';
    try {
      openDatabase(url.toString());
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/could not reach the shared database at .*nothing answered at that address and port/);
    expect(message).not.toContain('hunter2');
    const missing = new URL(fresh());
    missing.pathname = '/no_such_database';
    missing.search = '';
    expect(() => openDatabase(missing.toString())).toThrow(/there is no database of that name on the server/);
  });
});
