import type { DiagnoseQueue } from '../../../../../shared/schemas/lesson';
import type { Db } from '../../db/open';
import { LIST_COLUMNS, type ListDbRow, toListRow } from './rows';

const PENDING = 'i.resolved_at IS NOT NULL AND i.diagnosed_at IS NULL AND i.deleted_at IS NULL';

/** Resolved, not yet diagnosed, oldest first: the list the owner takes into the weekly huddle. */
export function diagnoseQueue(db: Db, limit: number): DiagnoseQueue {
  const rows = db
    .prepare(
      `SELECT ${LIST_COLUMNS}, i.resolved_at, i.team_lead_present FROM incidents i
       LEFT JOIN customers c ON c.id = i.customer_id
       WHERE ${PENDING} ORDER BY i.occurred_at, i.id LIMIT ?`,
    )
    .all(limit) as (ListDbRow & { resolved_at: string; team_lead_present: number | null })[];
  const { n } = db.prepare(`SELECT count(*) AS n FROM incidents i WHERE ${PENDING}`).get() as { n: number };
  return {
    items: rows.map((r) => ({
      ...toListRow(r),
      resolvedAt: r.resolved_at,
      teamLeadPresent: r.team_lead_present === null ? null : r.team_lead_present === 1,
    })),
    total: n,
  };
}
