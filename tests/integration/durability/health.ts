// What "the data file is healthy" means after a crash or a crowd: SQLite's own checks, and the
// full-text index saying exactly what the incidents say.
import type Database from 'better-sqlite3';
import { connect } from '../../../electron/main/core/db/connect';
import { expect } from 'vitest';

/** Every FTS5 table in the schema, found rather than named, so new ones are checked too. */
const ftsTables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").all() as { name: string }[]).map(
    (r) => r.name,
  );

/** Opens `path` as it is on disk and checks it; returns the incidents' ids and refs for the caller's own checks. */
export function expectHealthyFile(path: string, where: string): { ids: Set<number>; refs: string[] } {
  const db = connect(path);
  try {
    expect(db.pragma('integrity_check', { simple: true }), `${where}: integrity_check`).toBe('ok');
    expect(db.pragma('foreign_key_check'), `${where}: foreign_key_check`).toEqual([]);
    const tables = ftsTables(db);
    expect(tables, `${where}: the schema has its full-text index`).toContain('incidents_fts');
    for (const name of tables) {
      // FTS5's own check: throws SQLITE_CORRUPT_VTAB when the index and its rows disagree.
      expect(() => db.prepare(`INSERT INTO "${name}" ("${name}") VALUES ('integrity-check')`).run(), `${where}: ${name} integrity-check`).not.toThrow();
    }
    // Search holds exactly the incidents a person can find (live ones, once deleting exists), with their words.
    const columns = (db.prepare('PRAGMA table_info(incidents)').all() as { name: string }[]).map((c) => c.name);
    const live = columns.includes('deleted_at') ? 'deleted_at IS NULL' : '1';
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count(`SELECT count(*) AS n FROM incidents WHERE ${live} AND id NOT IN (SELECT rowid FROM incidents_fts)`), `${where}: incidents missing from search`).toBe(0);
    expect(count(`SELECT count(*) AS n FROM incidents_fts WHERE rowid NOT IN (SELECT id FROM incidents WHERE ${live})`), `${where}: search rows without an incident`).toBe(0);
    expect(
      count('SELECT count(*) AS n FROM incidents i JOIN incidents_fts f ON f.rowid = i.id WHERE f.ref IS NOT i.ref OR f.what_happened IS NOT i.what_happened'),
      `${where}: search text differing from the incident`,
    ).toBe(0);
    expect(count('SELECT count(*) - count(DISTINCT ref) AS n FROM incidents'), `${where}: a reference used twice`).toBe(0);
    const rows = db.prepare('SELECT id, ref FROM incidents').all() as { id: number; ref: string }[];
    return { ids: new Set(rows.map((r) => r.id)), refs: rows.map((r) => r.ref) };
  } finally {
    db.close();
  }
}
