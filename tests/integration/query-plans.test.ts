import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentFilter } from '../../shared/schemas/incident';
import { whereClause } from '../../electron/main/core/repos/incidents/list';
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
    expect(p).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    expect(p).not.toMatch(/^SCAN i$/m);
  });

  const planOf = (sql: string, ...args: unknown[]) =>
    (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('\n');

  it('the "to diagnose" queue walks its partial index oldest first', () => {
    const p = planOf('SELECT i.id FROM incidents i WHERE i.resolved_at IS NOT NULL AND i.diagnosed_at IS NULL ORDER BY i.occurred_at, i.id LIMIT 200');
    expect(p).toContain('incidents_to_diagnose');
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('a lesson’s effectiveness counts a cause’s incidents in a window through the cause index', () => {
    expect(planOf('SELECT count(*) FROM incidents WHERE root_cause_id = ? AND occurred_at >= ? AND occurred_at < ?', 1, 'a', 'b')).toMatch(
      /COVERING INDEX incidents_root_cause/,
    );
  });

  it('a month of compensations is read through the given_at index', () => {
    expect(planOf('SELECT sum(cost) FROM compensations WHERE given_at >= ? AND given_at < ?', 'a', 'b')).toContain('compensations_given_at');
    expect(planOf('SELECT sum(cost) FROM compensations WHERE given_by_id = ? AND given_at >= ? AND given_at < ?', 1, 'a', 'b')).toContain('compensations_given_by');
  });

  it.each([
    ['incidents per root cause', 'SELECT count(*) FROM incidents WHERE root_cause_id = ? AND occurred_at >= ? AND occurred_at < ?', 'incidents_root_cause'],
    ['incidents without a cause', 'SELECT count(*) FROM incidents WHERE root_cause_id IS NULL AND occurred_at >= ? AND occurred_at < ?', 'incidents_root_cause'],
    ['incidents per channel', 'SELECT count(*) FROM incidents WHERE channel IS ? AND occurred_at >= ? AND occurred_at < ?', 'incidents_channel'],
    ['incidents per category', 'SELECT count(*) FROM incidents WHERE category_id IS ? AND occurred_at >= ? AND occurred_at < ?', 'incidents_category'],
    ['incidents per severity', 'SELECT count(*) FROM incidents WHERE severity IS ? AND occurred_at >= ? AND occurred_at < ?', 'incidents_severity'],
    ['compensation per root cause', 'SELECT coalesce(sum(cost), 0) FROM compensations WHERE root_cause_id IS ? AND given_at >= ? AND given_at < ?', 'compensations_root_cause'],
    ['compensation in a period', 'SELECT coalesce(sum(cost), 0) FROM compensations WHERE given_at >= ? AND given_at < ?', 'compensations_given_at'],
    ['outcomes', 'SELECT count(*) FROM incidents WHERE outcome = ? AND occurred_at >= ? AND occurred_at < ?', 'incidents_outcome'],
  ])('Patterns: %s is one covering index range', (_what, sql, index) => {
    const params = (sql.match(/\?/g) ?? []).map((_, i) => (i === 0 ? 1 : 'x'));
    const p = planOf(sql, ...params);
    expect(p).toMatch(new RegExp(`COVERING INDEX ${index} \\(`));
    expect(p).not.toMatch(/TEMP B-TREE/);
  });

  it('Patterns: score counts read their partial indexes', () => {
    expect(planOf('SELECT count(*) FROM incidents INDEXED BY incidents_score_pair WHERE score_before = ? AND score_after = ? AND occurred_at >= ? AND occurred_at < ?', 1, 2, 'a', 'b')).toMatch(/COVERING INDEX incidents_score_pair \(score_before=\? AND score_after=\? AND occurred_at>\? AND occurred_at<\?\)/);
  });

  it('home finds pending follow-ups through the partial index', () => {
    const p = (
      t.core.db
        .prepare('EXPLAIN QUERY PLAN SELECT id FROM incidents i WHERE i.followed_up_at IS NULL AND i.follow_up_due_at IS NOT NULL AND i.follow_up_due_at < ?')
        .all('2026-10-15T00:00:00.000Z') as { detail: string }[]
    )
      .map((r) => r.detail)
      .join('\n');
    expect(p).toContain('incidents_follow_up_pending');
  });
});
