import { AppError, notFound } from '../../../../../shared/result';
import type { IncidentDetail, IncidentEvent } from '../../../../../shared/schemas/incident';
import type { Db } from '../../db/open';
import { say } from '../../i18n/speak';
import { listCompensations } from '../compensations';
import { getCustomer } from '../customers';
import { INCIDENT_COLUMNS, type IncidentDbRow, toIncident } from './rows';

const deletedIncident = (ref: string) =>
  new AppError('NOT_FOUND', say('records.incident.deleted', { ref }));

/** A live incident; a deleted one is "not found", with where to get it back. */
export function getIncidentRow(db: Db, id: number): IncidentDbRow {
  const row = db.prepare(`SELECT ${INCIDENT_COLUMNS}, deleted_at FROM incidents WHERE id = ?`).get(id) as
    | (IncidentDbRow & { deleted_at: string | null })
    | undefined;
  if (!row) throw notFound('incident', id);
  if (row.deleted_at !== null) throw deletedIncident(row.ref);
  const { deleted_at: _deleted, ...live } = row;
  return live;
}

export function listEvents(db: Db, incidentId: number): IncidentEvent[] {
  return db
    .prepare(
      `SELECT id, at, kind, field, old_value AS "from", new_value AS "to"
       FROM incident_events WHERE incident_id = ? ORDER BY id`,
    )
    .all(incidentId) as IncidentEvent[];
}

export function getIncidentDetail(db: Db, id: number): IncidentDetail {
  const row = getIncidentRow(db, id);
  const customer = row.customer_id === null ? null : getCustomer(db, row.customer_id);
  return { incident: toIncident(row, customer), events: listEvents(db, id), compensations: listCompensations(db, id) };
}
