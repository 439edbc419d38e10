import type Database from 'better-sqlite3';
import { connect } from '../../electron/main/core/db/connect';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/core/db/migrations';
import { tempDatabasePaths } from '../support/tempFile';

const fresh = tempDatabasePaths('makegood-migrations-');

/** A version-5 file (before soft deletion) with one incident, its customer and a refund. */
function version5() {
  const db = connect(fresh());
  migrate(db, MIGRATIONS.slice(0, 5));
  db.exec(`
    INSERT INTO customers (name, phone, email, note, created_at) VALUES ('Dana', '', '', '', 'x');
    INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 1, 'Soup was cold', 2);
    INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at)
      VALUES (1, 'refund', 1250, '2026-10-01T10:05:00.000Z', 'x', 'x');
  `);
  return db;
}

const search = (db: Database.Database, words: string) =>
  db.prepare('SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?').pluck().all(words);
const columns = (db: Database.Database, index: string) =>
  (db.prepare(`PRAGMA index_info(${index})`).all() as { name: string }[]).map((c) => c.name);

describe('0006 soft delete', () => {
  it('keeps every incident and compensation live, searchable and counted', () => {
    const db = version5();
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT ref, deleted_at FROM incidents').all()).toEqual([{ ref: 'MG-1', deleted_at: null }]);
    expect(db.prepare('SELECT cost, deleted_at, deleted_with_incident FROM compensations').all()).toEqual([
      { cost: 1250, deleted_at: null, deleted_with_incident: 0 },
    ]);
    expect(search(db, 'soup')).toEqual([1]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('rebuilds each index with deleted_at after its equality keys, under the same name', () => {
    const db = version5();
    // The indexes as 0006 left them; later migrations add their own (0011's voucher code index
    // leaves deleted_at out on purpose: a code stays taken while its entry is deleted).
    migrate(db, MIGRATIONS.slice(0, 6));
    expect(columns(db, 'incidents_occurred')).toEqual(['deleted_at', 'occurred_at', 'id']);
    // The journal's small filters ride along at the end, so two filters count from one index.
    expect(columns(db, 'incidents_root_cause')).toEqual(['root_cause_id', 'deleted_at', 'occurred_at', 'id', 'channel', 'severity']);
    expect(columns(db, 'incidents_channel')).toEqual(['channel', 'deleted_at', 'occurred_at', 'id', 'severity']);
    expect(columns(db, 'incidents_score_pair')).toEqual(['score_before', 'score_after', 'deleted_at', 'occurred_at']);
    expect(columns(db, 'compensations_given_at')).toEqual(['deleted_at', 'given_at', 'cost']);
    expect(columns(db, 'compensations_given_by')).toEqual(['given_by_id', 'deleted_at', 'given_at', 'cost']);
    // Lookups the foreign keys and erasing rely on keep their plain indexes.
    expect(columns(db, 'compensations_incident')).toEqual(['incident_id']);
    expect(columns(db, 'incidents_customer')).toEqual(['customer_id']);
    const withoutDeletedAt = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('incidents', 'compensations') AND sql IS NOT NULL")
        .pluck()
        .all() as string[]
    ).filter((name) => !columns(db, name).includes('deleted_at'));
    expect(withoutDeletedAt.sort()).toEqual(['compensations_incident', 'incidents_customer']);
    db.close();
  });

  it('takes a deleted incident out of search and puts it back, with the customer as it is now', () => {
    const db = version5();
    migrate(db);
    db.exec("UPDATE incidents SET deleted_at = '2026-10-02T00:00:00.000Z' WHERE id = 1");
    expect(search(db, 'soup')).toEqual([]);
    db.exec("UPDATE customers SET name = 'Dana Whitlock' WHERE id = 1");
    expect(search(db, 'Whitlock')).toEqual([]);
    db.exec('UPDATE incidents SET deleted_at = NULL WHERE id = 1');
    expect(search(db, 'soup')).toEqual([1]);
    expect(search(db, 'Whitlock')).toEqual([1]);
    expect(() => db.exec('UPDATE compensations SET deleted_with_incident = 2')).toThrow(/CHECK/);
    db.close();
  });
});
