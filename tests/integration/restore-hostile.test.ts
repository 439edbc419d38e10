// A backup is a file a person hands us, so restore reads it as hostile (issue 12): a tester planted
// triggers, broke the search index's triggers and altered table definitions in backups, and each
// was accepted; one trigger later erased 50 incidents for good. Restore now copies rows, by named
// columns, into a file made by this version's migrations, so nothing of the backup's own runs.
import type Database from 'better-sqlite3';
import { connect } from '../../electron/main/core/db/connect';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scratchPrefix } from '../../electron/main/core/backups/restore';
import { migrate } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';
import { tempCore, type TempCore } from '../support/core';
import { schemaText } from '../support/schema';
import { snapshot } from '../support/snapshot';
import { sqliteOnly } from '../../electron/main/core/db/engine';

const schemaSnapshot = readFileSync(join(import.meta.dirname, '../migrations/schema.sql'), 'utf8');

let t: TempCore;
const backups = () => join(t.dir, 'backups');
const live = (sql: string) => t.core.db.prepare(sql);

beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
  for (let i = 1; i <= 50; i += 1) {
    const { incident } = await t.call('incidents.create', { whatHappened: `Incident number ${i}`, occurredAt: '2026-10-01T10:00:00.000Z' });
    if (i % 10 === 0) await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 500, givenById: sam, givenAt: '2026-10-01T11:00:00.000Z' });
  }
});
afterEach(() => t.cleanup());

/** A backup of the shop's file as it is now, then changed by `tamper` with raw SQL (foreign keys and our triggers off, as an attacker's tool would). */
async function tamperedBackup(tamper: (db: Database.Database) => void): Promise<string> {
  const { name, path } = await t.call('data.backup', {});
  const db = connect(path);
  db.pragma('foreign_keys = OFF');
  // As a tool that edits SQLite files freely would: schema edits allowed.
  db.unsafeMode(true);
  tamper(db);
  db.close();
  return name;
}

const count = (sql: string) => live(sql).pluck().get() as number;

describe('restoring a tampered backup', () => {
  it('a planted trigger never reaches the live file: 50 incidents survive the next incident and the next start', async () => {
    const name = await tamperedBackup((db) =>
      db.exec(`CREATE TRIGGER wipe AFTER INSERT ON incidents BEGIN
        UPDATE incidents SET deleted_at = '2000-01-01T00:00:00.000Z' WHERE id <> new.id;
      END;`),
    );
    expect((await t.call('data.restore', { name })).incidents).toBe(50);
    expect(schemaText(sqliteOnly(t.core.db, 'this test'))).toBe(schemaSnapshot);
    await t.call('incidents.create', { whatHappened: 'One new incident after the restore' });
    t.reopen(new Date('2026-10-16T12:00:00.000Z'));
    expect(count('SELECT count(*) FROM incidents WHERE deleted_at IS NULL')).toBe(51);
  });

  it('a trigger that multiplies compensation costs does nothing', async () => {
    const name = await tamperedBackup((db) =>
      db.exec(`CREATE TRIGGER inflate AFTER INSERT ON compensations BEGIN
        UPDATE compensations SET cost = cost * 100 WHERE id = new.id;
      END;`),
    );
    await t.call('data.restore', { name });
    const { incident } = await t.call('incidents.create', { whatHappened: 'Refund after the restore' });
    const sam = (await t.call('staff.list', {}))[0]!.id;
    await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 700, givenById: sam });
    expect(count('SELECT sum(cost) FROM compensations')).toBe(5 * 500 + 700);
  });

  it('broken search triggers and a tampered index do not carry over: search finds new and old incidents', async () => {
    const name = await tamperedBackup((db) =>
      db.exec(`DROP TRIGGER incidents_fts_insert;
        CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
          INSERT INTO incidents_fts (rowid, what_happened) VALUES (new.id, 'nothing to see');
        END;
        DELETE FROM incidents_fts;`),
    );
    await t.call('data.restore', { name });
    await t.call('incidents.create', { whatHappened: 'Zanzibar coffee spilled' });
    expect((await t.call('incidents.list', { filter: { q: 'Zanzibar' } })).total).toBe(1);
    expect((await t.call('incidents.list', { filter: { q: 'number 17' } })).total).toBe(1);
    expect((await t.call('incidents.list', { filter: { q: 'nothing to see' } })).total).toBe(0);
  });

  it('an altered table definition is not copied; a row it let in that breaks a rule is refused by name', async () => {
    const name = await tamperedBackup((db) =>
      db.exec(`PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, 'CHECK (severity BETWEEN 1 AND 4)', '') WHERE name = 'incidents';
        PRAGMA writable_schema = OFF;`),
    );
    // Only the definition changed: the rows are sound, so the restore goes through with our definition.
    await t.call('data.restore', { name });
    expect(schemaText(sqliteOnly(t.core.db, 'this test'))).toBe(schemaSnapshot);
    expect(() => live("UPDATE incidents SET severity = 9 WHERE id = 1").run()).toThrow(/CHECK/);

    const bad = await tamperedBackup((db) => {
      db.exec(`PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, 'CHECK (severity BETWEEN 1 AND 4)', '') WHERE name = 'incidents';
        PRAGMA writable_schema = OFF;`);
    });
    const db = connect(join(backups(), bad));
    db.unsafeMode(true);
    db.exec("UPDATE incidents SET severity = 9 WHERE ref = 'MG-7'");
    db.close();
    const before = snapshot(t.core.db);
    expect(await t.raw('data.restore', { name: bad })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/cannot be restored: in incidents, MG-7 has a value Makegood does not allow .*severity.*your data was not changed\.$/),
    });
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('a row that breaks a rule of the domain is refused with the table, the row and the rule', async () => {
    const name = await tamperedBackup((db) => {
      db.exec('DROP TRIGGER incidents_diagnosed_needs_cause_update');
      db.exec("UPDATE incidents SET resolved_at = occurred_at, diagnosed_at = occurred_at, root_cause_id = NULL WHERE ref = 'MG-3'");
    });
    expect(await t.raw('data.restore', { name })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/in incidents, MG-3 breaks a rule \(an incident marked diagnosed needs a root cause\)/),
    });
    const early = await tamperedBackup((db) => {
      db.exec('DROP TRIGGER compensations_not_before_incident_update');
      db.exec("UPDATE compensations SET given_at = '2026-09-01T00:00:00.000Z' WHERE id = 2");
    });
    expect(await t.raw('data.restore', { name: early })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/in compensations, row 2 breaks a rule \(a compensation cannot be given before the incident happened\)/),
    });
  });

  it('a compensation pointing to no incident, a view in place of a table, a computed column: refused', async () => {
    const dangling = await tamperedBackup((db) => db.exec("UPDATE compensations SET incident_id = 9999 WHERE id = 1"));
    expect(await t.raw('data.restore', { name: dangling })).toMatchObject({ ok: false, message: expect.stringMatching(/in compensations, row 1 points to a record the backup does not have/) });

    const view = await tamperedBackup((db) =>
      db.exec('ALTER TABLE staff RENAME TO staff_real; CREATE VIEW staff AS SELECT * FROM staff_real;'),
    );
    expect(await t.raw('data.restore', { name: view })).toMatchObject({ ok: false, message: expect.stringMatching(/is a database, but not one of Makegood's/) });

    const computed = await tamperedBackup((db) =>
      db.exec(`CREATE TABLE month_transactions_x (month TEXT PRIMARY KEY, count INTEGER GENERATED ALWAYS AS (42) VIRTUAL);
        DROP TABLE month_transactions; ALTER TABLE month_transactions_x RENAME TO month_transactions;`),
    );
    expect(await t.raw('data.restore', { name: computed })).toMatchObject({ ok: false, message: expect.stringMatching(/not one of Makegood's/) });

    // Read on the way in (a half-written import is left out), so checked plain too.
    const batches = await tamperedBackup((db) =>
      db.exec('ALTER TABLE import_batches RENAME TO import_batches_real; CREATE VIEW import_batches AS SELECT * FROM import_batches_real;'),
    );
    expect(await t.raw('data.restore', { name: batches })).toMatchObject({ ok: false, message: expect.stringMatching(/not one of Makegood's/) });
  });

  it('an unknown setting or a draft nested a hundred levels deep is refused', async () => {
    const setting = await tamperedBackup((db) => db.exec(`INSERT INTO settings (key, value) VALUES ('evil', '"x"')`));
    expect(await t.raw('data.restore', { name: setting })).toMatchObject({ ok: false, message: expect.stringMatching(/in settings, “evil” is not a setting Makegood has/) });
    const deep = await tamperedBackup((db) => {
      db.prepare('INSERT INTO drafts (key, value, updated_at) VALUES (?, ?, ?)').run('quick-log', `{"a":${'['.repeat(100)}${']'.repeat(100)}}`, 'x');
    });
    expect(await t.raw('data.restore', { name: deep })).toMatchObject({ ok: false, message: expect.stringMatching(/in drafts, “quick-log” is not a small half-typed entry/) });
  });

  it('an older backup that breaks a rule is repaired as opening it would, and says what it repaired', async () => {
    mkdirSync(backups(), { recursive: true });
    const path = join(backups(), 'version-6.sqlite');
    const db = connect(path);
    migrate(db, MIGRATIONS.slice(0, 6));
    db.exec(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity, resolved_at, diagnosed_at)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'Closed without a cause', 1, '2026-10-01T11:00:00.000Z', '2026-10-02T11:00:00.000Z')`);
    db.close();
    const restored = await t.call('data.restore', { name: 'version-6.sqlite' });
    expect(restored.repaired).toEqual([expect.stringMatching(/^MG-1 was marked diagnosed with no root cause; Diagnose is undone/)]);
    expect(live("SELECT status FROM incidents WHERE ref = 'MG-1'").pluck().get()).toBe('resolved');
    expect(live('SELECT count(*) FROM migration_log').pluck().get()).toBe(1);
  });
});

describe('scratch files', () => {
  const leftovers = () => readdirSync(t.dir).filter((n) => n.startsWith(scratchPrefix));

  it('are removed after a refused restore and after a good one', async () => {
    const bad = await tamperedBackup((db) => db.exec("UPDATE compensations SET incident_id = 9999 WHERE id = 1"));
    expect((await t.raw('data.restore', { name: bad })).ok).toBe(false);
    expect(leftovers()).toEqual([]);
    const { name } = await t.call('data.backup', {});
    await t.call('data.restore', { name });
    expect(leftovers()).toEqual([]);
  });

  it('left by a restore that was killed are removed at the next start; a running one’s are kept', () => {
    const dead = join(t.dir, `${scratchPrefix}999999999-abcdef`);
    const running = join(t.dir, `${scratchPrefix}${process.pid}-abcdef`);
    for (const dir of [dead, running]) {
      mkdirSync(dir);
      // As big as a real one would be does not matter: any file in it goes.
      connect(join(dir, 'rebuilt.sqlite')).close();
    }
    t.reopen(new Date('2026-10-16T12:00:00.000Z'));
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
