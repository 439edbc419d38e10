import { notFound } from '../../../../../shared/result';
import type { IncidentDetail, IncidentEvent } from '../../../../../shared/schemas/incident';
import type { Db } from '../../db/open';
import { listCompensations } from '../compensations';
import { getCustomer } from '../customers';
import { INCIDENT_COLUMNS, type IncidentDbRow, toIncident } from './rows';

export function getIncidentRow(db: Db, id: number): IncidentDbRow {
  const row = db.prepare(`SELECT ${INCIDENT_COLUMNS} FROM incidents WHERE id = ?`).get(id) as IncidentDbRow | undefined;
  if (!row) throw notFound(`Incident ${id}`);
  return row;
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
