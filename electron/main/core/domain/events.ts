import type { IncidentEvent } from '../../../../shared/schemas/incident';
import type { Db } from '../db/open';
import { statement } from './statements';

/** Appends one line to an incident's timeline; called inside the write's transaction. */
export function recordEvent(
  db: Db,
  incidentId: number,
  at: string,
  kind: IncidentEvent['kind'],
  field: string | null,
  from: string | null,
  to: string | null,
): void {
  statement(db, 'INSERT INTO incident_events (incident_id, at, kind, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)').run(
    incidentId,
    at,
    kind,
    field,
    from,
    to,
  );
}
