// Deleting an incident stamps it (and what was given on it) as deleted: it leaves every list,
// search and figure at once, and its timeline says when. Restoring clears exactly those stamps.
// Nothing else about it changes, so it comes back as it was; `updated_at` stays too. After
// KEEP_DELETED_DAYS it is erased for good the next time the app or `serve` opens the file (openCore's
// purgeDeleted; the command line never does, so a read-only command takes no write lock).
import { conflict, notFound } from '../../../../shared/result';
import { eraseBefore, type DeletedIncident } from '../../../../shared/schemas/deleted';
import type { IncidentDetail } from '../../../../shared/schemas/incident';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { getIncidentDetail, getIncidentRow } from '../repos/incidents/read';
import { getDeletedIncident } from '../repos/incidents/remove';
import { recordEvent } from './events';

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
    if (!row) throw notFound('incident', id);
    if (row.deleted_at === null) throw conflict(say('records.incident.notDeleted', { ref: row.ref }));
    db.prepare('UPDATE incidents SET deleted_at = NULL WHERE id = ?').run(id);
    db.prepare(
      'UPDATE compensations SET deleted_at = NULL, deleted_with_incident = 0 WHERE incident_id = ? AND deleted_with_incident = 1',
    ).run(id);
    recordEvent(db, id, now, 'changed', DELETED_FIELD, row.deleted_at, null);
    return getIncidentDetail(db, id);
  })();
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
