import { erasedAfter, type DeletedIncident } from '../../../../../shared/schemas/deleted';
import type { Db } from '../../db/open';

// How a deleted incident reads in Recently deleted (domain/deletion.ts deletes and restores).

export interface DeletedDbRow {
  id: number;
  ref: string;
  occurred_at: string;
  summary: string;
  customer_name: string;
  deleted_at: string;
}

export const DELETED_INCIDENT_COLUMNS = `i.id, i.ref, i.occurred_at, substr(i.what_happened, 1, 160) AS summary,
  coalesce(c.name, '') AS customer_name, i.deleted_at`;

export const toDeletedIncident = (r: DeletedDbRow): DeletedIncident => ({
  id: r.id,
  ref: r.ref,
  occurredAt: r.occurred_at,
  summary: r.summary,
  customerName: r.customer_name,
  deletedAt: r.deleted_at,
  erasedAfter: erasedAfter(r.deleted_at),
});

export function getDeletedIncident(db: Db, id: number): DeletedIncident {
  const row = db
    .prepare(`SELECT ${DELETED_INCIDENT_COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.id = ?`)
    .get(id) as DeletedDbRow;
  return toDeletedIncident(row);
}
