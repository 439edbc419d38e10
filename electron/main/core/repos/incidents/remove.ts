import { conflict, notFound } from '../../../../../shared/result';
import { erasedAfter, type DeletedIncident } from '../../../../../shared/schemas/deleted';
import type { IncidentDetail } from '../../../../../shared/schemas/incident';
import type { Db } from '../../db/open';
import { recordEvent } from './events';
import { getIncidentDetail, getIncidentRow } from './read';

// Deleting an incident stamps it (and what was given on it) as deleted: it leaves every list,
// search and figure at once, and its timeline says when. Restoring clears exactly those stamps.
// Nothing else about it changes, so it comes back as it was; `updated_at` stays too.

/** The timeline's field for deleting and restoring: from/to hold the deletion instant. */
export const DELETED_FIELD = 'deletedAt';

export function deleteIncident(db: Db, id: number, now: string): DeletedIncident {
  return db.transaction(() => {
    getIncidentRow(db, id);
    db.prepare('UPDATE incidents SET deleted_at = ? WHERE id = ?').run(now, id);
    // Entries removed on their own before keep their own stamp, and their own way back.
    db.prepare(
      'UPDATE compensations SET deleted_at = ?, deleted_with_incident = 1 WHERE incident_id = ? AND deleted_at IS NULL',
    ).run(now, id);
    recordEvent(db, id, now, 'changed', DELETED_FIELD, null, now);
    return getDeletedIncident(db, id);
  })();
}

export function restoreIncident(db: Db, id: number, now: string): IncidentDetail {
  return db.transaction(() => {
    const row = db.prepare('SELECT ref, deleted_at FROM incidents WHERE id = ?').get(id) as
      | { ref: string; deleted_at: string | null }
      | undefined;
    if (!row) throw notFound(`Incident ${id}`);
    if (row.deleted_at === null) throw conflict(`Incident ${row.ref} is not deleted, so there is nothing to restore.`);
    db.prepare('UPDATE incidents SET deleted_at = NULL WHERE id = ?').run(id);
    db.prepare(
      'UPDATE compensations SET deleted_at = NULL, deleted_with_incident = 0 WHERE incident_id = ? AND deleted_with_incident = 1',
    ).run(id);
    recordEvent(db, id, now, 'changed', DELETED_FIELD, row.deleted_at, null);
    return getIncidentDetail(db, id);
  })();
}

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

function getDeletedIncident(db: Db, id: number): DeletedIncident {
  const row = db
    .prepare(`SELECT ${DELETED_INCIDENT_COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.id = ?`)
    .get(id) as DeletedDbRow;
  return toDeletedIncident(row);
}
