import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStatements } from '../../bench/lib/capture';
import { FOLLOW_UPS_DUE } from '../../electron/main/core/figures/month';
import type { IncidentFilter } from '../../shared/schemas/incident';
import { whereClause } from '../../electron/main/core/repos/incidents/list';
import { PHONE_TAIL_LOOKUP } from '../../electron/main/core/repos/search';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
  t.core.db.exec('ANALYZE');
});
afterEach(() => t.cleanup());

/** The plan SQLite picks for the journal's page query with this filter. */
function plan(filter: IncidentFilter): string {
  const { sql, params, fts } = whereClause(filter);
  const rows = t.core.db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT i.id FROM incidents i ${fts ? 'INDEXED BY incidents_occurred' : ''}
       LEFT JOIN customers c ON c.id = i.customer_id ${sql} ORDER BY i.occurred_at DESC, i.id DESC LIMIT 100`,
    )
    .all(params) as { detail: string }[];
  return rows.map((r) => r.detail).join('\n');
}

describe('the journal’s queries use their indexes', () => {
  it.each([
    [{}, 'incidents_occurred'],
    [{ status: 'open' }, 'incidents_status'],
    [{ categoryId: 1 }, 'incidents_category'],
    [{ channel: 'phone' }, 'incidents_channel'],
    [{ severity: 3 }, 'incidents_severity'],
    [{ handledById: 1 }, 'incidents_handled_by'],
    [{ q: 'soup' }, 'incidents_occurred'],
  ] as [IncidentFilter, string][])('%j uses %s and sorts nothing', (filter, index) => {
    const p = plan(filter);
    expect(p).toContain(index);
    // Deleted incidents are left out by the index itself, not by reading each row.
    expect(p).toMatch(new RegExp(`${index} \\([^)]*deleted_at=\\?`));
    expect(p).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(p).not.toMatch(/^SCAN i$/m);
  });

  const planOf = (sql: string, ...args: unknown[]) =>
    (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('\n');

  it.each([
    [{ channel: 'phone', severity: 3 }],
    [{ handledById: 1, channel: 'phone' }],
    [{ categoryId: 1, severity: 3 }],
  ] as [IncidentFilter][])('the journal total filtered two ways %j is counted from one covering index', (filter) => {
    const { sql, params } = whereClause(filter);
    expect(planOf(`SELECT count(*) AS n FROM incidents i ${sql}`, params)).toMatch(/USING COVERING INDEX incidents_/);
  });

  it('the "to diagnose" queue walks its partial index oldest first', () => {
    const p = planOf(
      'SELECT i.id FROM incidents i WHERE i.resolved_at IS NOT NULL AND i.diagnosed_at IS NULL AND i.deleted_at IS NULL ORDER BY i.occurred_at, i.id LIMIT 200',
    );
    expect(p).toContain('incidents_to_diagnose');
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('a lesson’s effectiveness counts a cause’s incidents in a window through the cause index', () => {
    expect(
      planOf('SELECT count(*) FROM incidents WHERE root_cause_id = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 1, 'a', 'b'),
    ).toMatch(/COVERING INDEX incidents_root_cause \(root_cause_id=\? AND deleted_at=\? AND occurred_at>\? AND occurred_at<\?\)/);
  });

  it('a month of compensations is read through the given_at index', () => {
    expect(planOf('SELECT sum(cost) FROM compensations WHERE deleted_at IS NULL AND given_at >= ? AND given_at < ?', 'a', 'b')).toContain(
      'COVERING INDEX compensations_given_at (deleted_at=? AND given_at>? AND given_at<?)',
    );
    // A person's spend against their allowance, the entry being edited left out.
    expect(
      planOf('SELECT sum(cost) FROM compensations WHERE given_by_id = ? AND deleted_at IS NULL AND given_at >= ? AND given_at < ? AND id IS NOT ?', 1, 'a', 'b', 2),
    ).toContain('COVERING INDEX compensations_given_by (given_by_id=? AND deleted_at=? AND given_at>? AND given_at<?)');
  });

  it.each([
    ['incidents per root cause', 'SELECT count(*) FROM incidents WHERE root_cause_id = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_root_cause'],
    ['incidents without a cause', 'SELECT count(*) FROM incidents WHERE root_cause_id IS NULL AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_root_cause'],
    ['incidents per channel', 'SELECT count(*) FROM incidents WHERE channel IS ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_channel'],
    ['incidents per category', 'SELECT count(*) FROM incidents WHERE category_id IS ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_category'],
    ['incidents per severity', 'SELECT count(*) FROM incidents WHERE severity IS ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_severity'],
    ['compensation per root cause', 'SELECT coalesce(sum(cost), 0) FROM compensations WHERE root_cause_id IS ? AND deleted_at IS NULL AND given_at >= ? AND given_at < ?', 'compensations_root_cause'],
    ['compensation in a period', 'SELECT coalesce(sum(cost), 0) FROM compensations WHERE deleted_at IS NULL AND given_at >= ? AND given_at < ?', 'compensations_given_at'],
    ['outcomes', 'SELECT count(*) FROM incidents WHERE outcome = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_outcome'],
    ['incidents in a month', 'SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_occurred'],
  ])('Patterns: %s is one covering index range, deleted rows left out by the index', (_what, sql, index) => {
    const params = (sql.match(/\?/g) ?? []).map((_, i) => (i === 0 ? 1 : 'x'));
    const p = planOf(sql, ...params);
    expect(p).toMatch(new RegExp(`COVERING INDEX ${index} \\([^)]*deleted_at=\\? AND (occurred_at|given_at)>\\? AND (occurred_at|given_at)<\\?\\)`));
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('vouchers given and redeemed in a period are counted from the vouchers index, and a code found by its own', () => {
    const counted = planOf(
      "SELECT count(*), count(redeemed_at) FROM compensations WHERE kind = 'voucher' AND deleted_at IS NULL AND given_at >= ? AND given_at < ?",
      'a',
      'b',
    );
    expect(counted).toContain('COVERING INDEX compensations_vouchers (deleted_at=? AND given_at>? AND given_at<?)');
    expect(planOf('SELECT 1 FROM compensations WHERE code = ?', 'MGV-2345')).toMatch(/USING (COVERING )?INDEX compensations_code \(code=\?\)/);
  });

  it.each(['patterns.pareto', 'patterns.trend', 'patterns.callouts', 'patterns.recovery'])(
    '%s reads the day tables by day, and the rows at the period’s ends by date, never a scan',
    async (channel) => {
      const calls = await captureStatements(t.core.db, () => t.call(channel as 'patterns.pareto', { from: '2025-10-20', to: '2026-10-19' }));
      const plans = calls.map((c) => planOf(c.sql, ...c.args)).join('\n');
      expect(plans).toMatch(/SEARCH (cause_days|score_days) USING (COVERING )?INDEX (cause_days_key|sqlite_autoindex_score_days_1|score_days_pk\w*) \(day>\? AND day<\?\)|SEARCH score_days USING PRIMARY KEY \(day>\? AND day<\?\)/);
      expect(plans).toMatch(/SEARCH incidents USING INDEX incidents_odd_instant \(occurred_at>\? AND occurred_at<\?\)/);
      expect(plans).not.toMatch(/SCAN (incidents|compensations|cause_days|score_days|cost_days)\b/);
    },
  );

  it('patterns.breakdowns reads the three day tables by day, and the rows at the period’s ends by date, never a scan', async () => {
    const calls = await captureStatements(t.core.db, () => t.call('patterns.breakdowns', { from: '2025-10-20', to: '2026-10-19' }));
    const plans = calls.map((c) => planOf(c.sql, ...c.args)).join('\n');
    for (const table of ['channel_days', 'severity_days']) expect(plans).toMatch(new RegExp(`SEARCH ${table} USING PRIMARY KEY \\(day>\\? AND day<\\?\\)`));
    expect(plans).toMatch(/SEARCH category_days USING (COVERING )?INDEX category_days_key \(day>\? AND day<\?\)/);
    expect(plans).toMatch(/SEARCH incidents USING INDEX incidents_odd_instant \(occurred_at>\? AND occurred_at<\?\)/);
    expect(plans).not.toMatch(/SCAN (incidents|channel_days|severity_days|category_days)\b/);
  });

  it('home finds pending follow-ups through the partial index', () => {
    const p = (
      t.core.db
        .prepare(
          'EXPLAIN QUERY PLAN SELECT id FROM incidents i WHERE i.deleted_at IS NULL AND i.followed_up_at IS NULL AND i.follow_up_due_at IS NOT NULL AND i.follow_up_due_at < ?',
        )
        .all('2026-10-15T00:00:00.000Z') as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(p).toContain('incidents_follow_up_pending (deleted_at=? AND follow_up_due_at>? AND follow_up_due_at<?)');
  });

  it("the month's follow-ups due are counted from the pending and the done follow-ups' indexes, bounded by the month", () => {
    const p = planOf(FOLLOW_UPS_DUE, { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(p).toMatch(/INDEX incidents_follow_up_pending \(deleted_at=\? AND follow_up_due_at>\? AND follow_up_due_at<\?\)/);
    expect(p).toMatch(/COVERING INDEX incidents_followed_up \(deleted_at=\? AND follow_up_due_at>\? AND follow_up_due_at<\?\)/);
    expect(p).not.toMatch(/SCAN incidents/);
  });

  it('what was deleted is found, and erased, through the same indexes, never a scan', () => {
    for (const sql of [
      'SELECT id FROM incidents WHERE deleted_at < ?',
      'SELECT id FROM compensations WHERE deleted_at < ?',
      'SELECT id FROM incidents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC',
      'SELECT id FROM compensations WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC',
    ]) {
      const p = planOf(sql, ...(sql.includes('?') ? ['2026-01-01'] : []));
      expect(p, sql).toMatch(/SEARCH \w+ USING COVERING INDEX (incidents_occurred|compensations_given_at) \(deleted_at[<>]\?\)/);
      // Sorted by the index; only ties within one instant are ordered by id.
      expect(p, sql).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
    // Run on every open: the customers of what is erased, found without walking every customer.
    expect(planOf('SELECT customer_id FROM incidents WHERE deleted_at < ? AND customer_id IS NOT NULL', 'x')).toBe(
      'SEARCH incidents USING INDEX incidents_occurred (deleted_at<?)',
    );
  });

  it('search everywhere finds a customer by phone through the index of their last 7 digits, never a scan', () => {
    expect(planOf(PHONE_TAIL_LOOKUP, '0104477')).toBe('SEARCH customers USING INDEX customers_phone_tail (<expr>=?)');
  });
});
