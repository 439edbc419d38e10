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
