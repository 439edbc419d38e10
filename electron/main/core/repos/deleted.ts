import {
  erasedAfter,
  eraseBefore,
  KEEP_DELETED_DAYS,
  type DeletedCompensation,
  type RecentlyDeleted,
} from '../../../../shared/schemas/deleted';
import type { Db } from '../db/open';
import { DELETED_INCIDENT_COLUMNS, type DeletedDbRow, toDeletedIncident } from './incidents/remove';

// What was deleted and can still be restored, and erasing it for good once its time is up.

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
      `SELECT k.id, k.incident_id AS incidentId, i.ref AS incidentRef, k.kind, k.description, k.cost,
              k.given_at AS givenAt, k.deleted_at AS deletedAt
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

/**
 * Erases for good what was deleted more than KEEP_DELETED_DAYS before `now`: incidents with their
 * timeline, compensations and lesson links (foreign keys cascade), then customers no incident
 * names any more, so a customer's details do not outlive the incident they came with.
 */
export function purgeDeleted(db: Db, now: Date): { incidents: number; compensations: number } {
  const cutoff = eraseBefore(now);
  return db.transaction(() => {
    // No DISTINCT: it would walk every customer's incidents to sort them (50 ms at 100,000, on every open).
    const customers = new Set(
      db.prepare('SELECT customer_id FROM incidents WHERE deleted_at < ? AND customer_id IS NOT NULL').pluck().all(cutoff) as number[],
    );
    const incidents = db.prepare('DELETE FROM incidents WHERE deleted_at < ?').run(cutoff).changes;
    const compensations = db.prepare('DELETE FROM compensations WHERE deleted_at < ?').run(cutoff).changes;
    const orphan = db.prepare('DELETE FROM customers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM incidents WHERE customer_id = ?)');
    for (const id of customers) orphan.run(id, id);
    return { incidents, compensations };
  })();
}
