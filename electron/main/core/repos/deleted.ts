import {
  erasedAfter,
  KEEP_DELETED_DAYS,
  type DeletedCompensation,
  type RecentlyDeleted,
} from '../../../../shared/schemas/deleted';
import type { Db } from '../db/open';
import { DELETED_INCIDENT_COLUMNS, type DeletedDbRow, toDeletedIncident } from './incidents/remove';

// What was deleted and can still be restored (domain/deletion.ts deletes, restores and erases for good).

/** The most rows each list sends; the totals say how many there are in all. */
export const RECENTLY_DELETED_LIMIT = 500;
const LIMIT = RECENTLY_DELETED_LIMIT;

export function recentlyDeleted(db: Db): RecentlyDeleted {
  const incidents = db
    .prepare(
      `SELECT ${DELETED_INCIDENT_COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id
       WHERE i.deleted_at IS NOT NULL ORDER BY i.deleted_at DESC, i.id DESC LIMIT ${LIMIT}`,
    )
    .all() as DeletedDbRow[];
  // An entry whose incident is deleted comes back only with it, so it is not offered alone.
  const compensations = db
    .prepare(
      `SELECT k.id, k.incident_id AS "incidentId", i.ref AS "incidentRef", k.kind, k.description, k.cost,
              k.given_at AS "givenAt", k.deleted_at AS "deletedAt"
       FROM compensations k JOIN incidents i ON i.id = k.incident_id
       WHERE k.deleted_at IS NOT NULL AND i.deleted_at IS NULL ORDER BY k.deleted_at DESC, k.id DESC LIMIT ${LIMIT}`,
    )
    .all() as Omit<DeletedCompensation, 'erasedAfter'>[];
  const incidentsTotal = db.prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL').pluck().get() as number;
  const compensationsTotal = db
    .prepare(
      `SELECT count(*) FROM compensations k JOIN incidents i ON i.id = k.incident_id
       WHERE k.deleted_at IS NOT NULL AND i.deleted_at IS NULL`,
    )
    .pluck()
    .get() as number;
  return {
    keptDays: KEEP_DELETED_DAYS,
    incidents: incidents.map(toDeletedIncident),
    incidentsTotal,
    compensations: compensations.map((c) => ({ ...c, erasedAfter: erasedAfter(c.deletedAt) })),
    compensationsTotal,
  };
}
