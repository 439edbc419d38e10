import { connect } from '../../electron/main/core/db/connect';
import { describe, expect, it, vi } from 'vitest';
import { migrate } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';
import { openDatabase } from '../../electron/main/core/db/open';
import { tempDatabasePaths } from '../support/tempFile';

const fresh = tempDatabasePaths('makegood-migrations-');

/** A version-7 file holding the two states the tester reached: closed with no cause, and a refund before its incident. */
function brokenVersion7(path: string) {
  const db = connect(path);
  migrate(db, MIGRATIONS.slice(0, 7));
  db.exec(`
    INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity, resolved_at, diagnosed_at)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'Closed with no cause', 2,
              '2026-10-01T11:00:00.000Z', '2026-10-03T09:00:00.000Z');
    INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity, root_cause_id, resolved_at, diagnosed_at)
      VALUES ('MG-2', '2026-10-02T10:00:00.000Z', 'x', 'x', 'phone', 'Properly diagnosed', 1, 3,
              '2026-10-02T11:00:00.000Z', '2026-10-04T09:00:00.000Z');
    INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at)
      VALUES (2, 'refund', 1250, '2026-09-30T08:00:00.000Z', 'x', 'x'),   -- two days early: repaired
             (2, 'gift', 300, '2026-10-02T09:57:00.000Z', 'x', 'x'),      -- 3 minutes early: inside the grace, kept
             (2, 'voucher', 500, '2026-10-02T12:00:00.000Z', 'x', 'x');
  `);
  db.close();
}

describe('0008 domain rules', () => {
  it('repairs what breaks the rules, says so in migration_log and on the timeline, and keeps the money', () => {
    const path = fresh();
    brokenVersion7(path);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = openDatabase(path);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/repaired 2 record\(s\)/);
    warn.mockRestore();

    expect(db.prepare("SELECT status, diagnosed_at FROM incidents WHERE ref = 'MG-1'").get()).toEqual({ status: 'resolved', diagnosed_at: null });
    expect(db.prepare("SELECT status FROM incidents WHERE ref = 'MG-2'").pluck().get()).toBe('closed');
    expect(db.prepare('SELECT kind, given_at, cost FROM compensations ORDER BY id').all()).toEqual([
      { kind: 'refund', given_at: '2026-10-02T10:00:00.000Z', cost: 1250 },
      { kind: 'gift', given_at: '2026-10-02T09:57:00.000Z', cost: 300 },
      { kind: 'voucher', given_at: '2026-10-02T12:00:00.000Z', cost: 500 },
    ]);
    const log = db.prepare('SELECT version, message FROM migration_log ORDER BY id').all() as { version: number; message: string }[];
    expect(log.map((l) => l.version)).toEqual([8, 8]);
    expect(log[0]?.message).toMatch(/^MG-1 was marked diagnosed with no root cause/);
    expect(log[1]?.message).toMatch(/^MG-2: a refund was dated 2026-09-30T08:00:00.000Z, before the incident happened/);
    const events = db.prepare("SELECT incident_id, kind, field, old_value, new_value FROM incident_events ORDER BY id").all();
    expect(events).toEqual([
      { incident_id: 1, kind: 'step', field: 'diagnosed', old_value: '2026-10-03T09:00:00.000Z', new_value: null },
      { incident_id: 2, kind: 'changed', field: 'compensation.givenAt', old_value: '2026-09-30T08:00:00.000Z', new_value: '2026-10-02T10:00:00.000Z' },
    ]);
    db.close();
  });

  it('then refuses those states from any path, raw SQL included', () => {
    const db = openDatabase(fresh());
    db.exec(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'x', 1)`);
    const refused = (sql: string) => expect(() => db.exec(sql)).toThrow(/makegood:/);
    refused("INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity, diagnosed_at) VALUES ('MG-9', 'x', 'x', 'x', 'phone', 'x', 1, 'x')");
    refused("UPDATE incidents SET diagnosed_at = '2026-10-02T00:00:00.000Z' WHERE id = 1");
    db.exec("UPDATE incidents SET root_cause_id = 1, diagnosed_at = '2026-10-02T00:00:00.000Z' WHERE id = 1");
    refused('UPDATE incidents SET root_cause_id = NULL WHERE id = 1');
    refused("INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at) VALUES (1, 'refund', 1, '2026-10-01T09:54:59.999Z', 'x', 'x')");
    db.exec("INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at) VALUES (1, 'refund', 1, '2026-10-01T09:55:00.000Z', 'x', 'x')");
    refused("UPDATE compensations SET given_at = '2026-09-01T00:00:00.000Z' WHERE id = 1");
    refused("UPDATE incidents SET occurred_at = '2026-10-01T10:05:00.001Z' WHERE id = 1");
    // A removed entry does not pin its incident's time; it is checked again if it is restored.
    db.exec("UPDATE compensations SET deleted_at = 'x' WHERE id = 1");
    db.exec("UPDATE incidents SET occurred_at = '2026-10-01T12:00:00.000Z' WHERE id = 1");
    refused('UPDATE compensations SET deleted_at = NULL WHERE id = 1');
    expect(() => db.exec("INSERT INTO compensations (incident_id, kind, cost, given_at, created_at, updated_at, approved_by_id, over_allowance_unapproved) VALUES (1, 'refund', 1, '2026-10-02T00:00:00.000Z', 'x', 'x', NULL, 2)")).toThrow(/CHECK/);
    db.close();
  });
});
