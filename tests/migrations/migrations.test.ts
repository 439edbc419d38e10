import { connect } from '../../electron/main/core/db/connect';
import { describe, expect, it } from 'vitest';
import { assertMonotonic, migrate, schemaVersion } from '../../electron/main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/core/db/migrations';
import { tempDatabasePaths } from '../support/tempFile';
import { openDatabase } from '../../electron/main/core/db/open';
import { CAUSE_GROUPS, DEFAULT_CATEGORIES } from '../../shared/domain';
import { AppError } from '../../shared/result';

const fresh = tempDatabasePaths('makegood-migrations-');

describe('migrations', () => {
  it('are numbered one after another', () => {
    expect(() => assertMonotonic(MIGRATIONS)).not.toThrow();
    expect(() => assertMonotonic([MIGRATIONS[0]!, { ...MIGRATIONS[0]!, version: 3 }])).toThrow(/expected 2/);
  });

  it('replay from an empty file to the latest version, with WAL and foreign keys on', () => {
    const db = openDatabase(fresh());
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['incidents', 'customers', 'staff', 'categories', 'root_causes', 'incident_events', 'drafts', 'incidents_fts', 'settings']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it("seed docs/domain.md's categories and a root-cause list in docs/domain.md's groups", () => {
    const db = openDatabase(fresh());
    const categories = (db.prepare('SELECT name FROM categories ORDER BY id').all() as { name: string }[]).map((c) => c.name);
    expect(categories).toEqual([...DEFAULT_CATEGORIES]);
    const groups = (db.prepare('SELECT DISTINCT cause_group AS g FROM root_causes').all() as { g: string }[]).map((r) => r.g);
    expect(groups.sort()).toEqual([...CAUSE_GROUPS].sort());
    db.close();
  });

  it('are applied once: reopening changes nothing', () => {
    const path = fresh();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect((db.prepare('SELECT count(*) AS n FROM categories').get() as { n: number }).n).toBe(DEFAULT_CATEGORIES.length);
    db.close();
  });

  it('run all pending steps in one transaction: a failing step leaves the file as it was', () => {
    const db = connect(fresh());
    const broken = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM nowhere;' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('incidents', 'half')").get()).toEqual({ n: 0 });
    db.close();
  });

  it('0002 adds compensations to a version-1 file and keeps its incidents', () => {
    const db = connect(fresh());
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'Kept through the upgrade', 2)`).run();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT what_happened FROM incidents').all()).toEqual([{ what_happened: 'Kept through the upgrade' }]);
    db.prepare(`INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at)
      VALUES (1, 'refund', 1250, '2026-10-01T10:05:00.000Z', 'x', 'x')`).run();
    expect(() => db.prepare(`INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at)
      VALUES (1, 'refund', -1, 'x', 'x', 'x')`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('0004 copies each incident’s cause onto its compensations, and triggers keep the copy right', () => {
    const db = connect(fresh());
    migrate(db, MIGRATIONS.slice(0, 3));
    db.exec(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity, root_cause_id)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'Cold', 1, 1);
      INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at) VALUES (1, 'refund', 100, 'x', 'x', 'x');`);
    migrate(db);
    const causeOf = () => db.prepare('SELECT root_cause_id AS c FROM compensations ORDER BY id').pluck().all();
    expect(causeOf()).toEqual([1]);
    db.exec(`INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at) VALUES (1, 'gift', 50, 'x', 'x', 'x');`);
    expect(causeOf()).toEqual([1, 1]);
    db.exec('UPDATE incidents SET root_cause_id = 2 WHERE id = 1');
    expect(causeOf()).toEqual([2, 2]);
    db.close();
  });

  it('refuse a file from a newer Makegood, with a sentence the owner understands, and leave it untouched', () => {
    const path = fresh();
    openDatabase(path).close();
    const raw = connect(path);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(/newer version of Makegood.*update Makegood/);
    const check = connect(path);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    check.close();
  });

  it('refuse a file that is not a database', async () => {
    const path = fresh();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is a shopping list, not a database'.repeat(200));
    expect(() => openDatabase(path)).toThrow(/not a Makegood database/);
  });
});
