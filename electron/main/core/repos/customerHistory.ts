// Reads for returning customers: a person's other incidents (the quick log's and the incident
// page's note), the Customers screen's list and a person's page. Each reads one person at a
// time through the indexes, so none of them grows with the file.
import { canMatch } from '../../../../shared/customerMatch';
import {
  type CustomerHistory,
  HISTORY_SHOWN,
  PEOPLE_PAGE,
  type PeoplePage,
  type PersonDetail,
  type PersonIncidentRow,
  type PersonSummary,
} from '../../../../shared/schemas/people';
import { bySql } from '../db/engine';
import type { Db } from '../db/open';
import { type CustomerRecord, customerRecord, displayRecord, incidentsOf, type PersonIncident, personRecords, pgIds } from './people';

type HistoryRequest = { incidentId: number } | { name: string; phone: string; email: string; excludeIncidentId?: number };

const NOBODY: CustomerHistory = { personId: null, incidents: [], total: 0, firstAt: null };

export function customerHistory(db: Db, request: HistoryRequest): CustomerHistory {
  let records: CustomerRecord[];
  let exclude: number | undefined;
  if ('incidentId' in request) {
    const customerId = db.prepare('SELECT customer_id FROM incidents WHERE id = ?').pluck().get(request.incidentId) as number | null | undefined;
    const seed = customerId === null || customerId === undefined ? null : customerRecord(db, customerId);
    if (!seed) return NOBODY;
    records = personRecords(db, seed);
    exclude = request.incidentId;
  } else {
    if (!canMatch(request)) return NOBODY;
    records = personRecords(db, request);
    exclude = request.excludeIncidentId;
  }
  const others = incidentsOf(
    db,
    records.map((r) => r.id),
  ).filter((i) => i.id !== exclude);
  if (others.length === 0) return NOBODY;
  return {
    personId: displayRecord(records)!.id,
    incidents: others.slice(0, HISTORY_SHOWN).map(({ id, ref, occurredAt }) => ({ id, ref, occurredAt })),
    total: others.length,
    firstAt: others.at(-1)!.occurredAt,
  };
}

const compensationOf = (db: Db, incidentIds: readonly number[]): number =>
  incidentIds.length === 0
    ? 0
    : bySql(db, {
        sqlite: () =>
          db
            .prepare(
              `SELECT coalesce(sum(c.cost), 0) FROM json_each(?) j CROSS JOIN compensations c INDEXED BY compensations_incident
               ON c.incident_id = j.value WHERE c.deleted_at IS NULL`,
            )
            .pluck()
            .get(JSON.stringify(incidentIds)) as number,
        postgres: () =>
          db
            .prepare('SELECT coalesce(sum(c.cost), 0) FROM compensations c WHERE c.incident_id = ANY (?::integer[]) AND c.deleted_at IS NULL')
            .pluck()
            .get(pgIds(incidentIds)) as number,
      })();

/** The incidents with a customer, newest first from where the last page ended: the date index, nothing sorted. */
export const PEOPLE_WALK = `SELECT id, occurred_at AS at, customer_id AS customerId FROM incidents INDEXED BY incidents_occurred
  WHERE deleted_at IS NULL AND customer_id IS NOT NULL AND (occurred_at, id) < (:at, :id)
  ORDER BY occurred_at DESC, id DESC LIMIT :limit`;
// deleted_at in the ORDER BY lets PostgreSQL walk incidents_occurred (repos/incidents/list.ts NEWEST_FIRST).
const PG_PEOPLE_WALK = `SELECT id, occurred_at AS at, customer_id AS "customerId" FROM incidents
  WHERE deleted_at IS NULL AND customer_id IS NOT NULL AND (occurred_at, id) < (:at, :id)
  ORDER BY deleted_at DESC, occurred_at DESC, id DESC LIMIT :limit`;

/** Incidents walked per page at most, so a page of repeat customers in a file with few stays quick. */
const WALK_AT_MOST = 1000;

/**
 * People by their latest incident, newest first, a page at a time: the incidents are walked
 * newest first (incidents_occurred) and a person is listed at their latest one, so no person is
 * listed twice across pages.
 */
export function listPeople(db: Db, request: { after: { at: string; id: number } | null; repeatOnly: boolean }): PeoplePage {
  const walk = db.prepare(bySql(db, { sqlite: PEOPLE_WALK, postgres: PG_PEOPLE_WALK }));
  const after = request.after ?? { at: '9999-12-31T00:00:00.000Z', id: 0 };
  const rows = walk.all({ at: after.at, id: after.id, limit: WALK_AT_MOST }) as { id: number; at: string; customerId: number }[];
  const people: PersonSummary[] = [];
  let last: { at: string; id: number } | null = null;
  for (const row of rows) {
    last = { at: row.at, id: row.id };
    const seed = customerRecord(db, row.customerId);
    if (!seed) continue;
    const records = personRecords(db, seed);
    const incidents = incidentsOf(
      db,
      records.map((r) => r.id),
    );
    // Listed at their latest incident only.
    if (incidents[0]?.id !== row.id) continue;
    if (request.repeatOnly && incidents.length < 2) continue;
    const shown = displayRecord(records)!;
    people.push({
      id: shown.id,
      name: shown.name,
      phone: shown.phone,
      email: shown.email,
      incidents: incidents.length,
      lastAt: row.at,
      compensation: compensationOf(
        db,
        incidents.map((i) => i.id),
      ),
    });
    if (people.length === PEOPLE_PAGE) break;
  }
  const more = people.length === PEOPLE_PAGE || rows.length === WALK_AT_MOST;
  return { people, next: more && last ? last : null };
}

const distinct = (values: string[]) => [...new Map(values.filter((v) => v.trim() !== '').map((v) => [v.trim().toLowerCase(), v.trim()])).values()];

export function personDetail(db: Db, id: number): PersonDetail | null {
  const seed = customerRecord(db, id);
  if (!seed) return null;
  const records = personRecords(db, seed);
  const incidents = incidentsOf<Omit<PersonIncidentRow, keyof PersonIncident>>(
    db,
    records.map((r) => r.id),
    `substr(i.what_happened, 1, 160) AS summary, i.status, i.score_before AS "scoreBefore", i.score_after AS "scoreAfter", i.outcome,
     (SELECT coalesce(sum(c.cost), 0) FROM compensations c WHERE c.incident_id = i.id AND c.deleted_at IS NULL) AS compensation`,
  );
  const shown = displayRecord(records)!;
  return {
    id: shown.id,
    name: shown.name,
    names: distinct(records.map((r) => r.name)),
    phones: distinct(records.map((r) => r.phone)),
    emails: distinct(records.map((r) => r.email)),
    incidents: incidents.map(({ customerId: _, ...row }) => row),
    compensation: incidents.reduce((sum, i) => sum + i.compensation, 0),
  };
}
