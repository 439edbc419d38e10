import { ENTRY_LIMIT, type CompensationMonth } from '../../../../shared/schemas/compensation';
import type { Db } from '../db/open';
import { monthRange, previousMonth } from './period';

// The one definition of docs/domain.md's compensation figures: sums of `cost` by `given_at` in the
// period; by kind, by root cause and by staff member. The tracker, the PDF and the CLI use it.

type Range = { fromIso: string; toIso: string };

export function compensationTotal(db: Db, { fromIso, toIso }: Range): { total: number; count: number } {
  return db
    .prepare('SELECT coalesce(sum(cost), 0) AS total, count(*) AS count FROM compensations WHERE deleted_at IS NULL AND given_at >= ? AND given_at < ?')
    .get(fromIso, toIso) as { total: number; count: number };
}

export function compensationByKind(db: Db, { fromIso, toIso }: Range): CompensationMonth['byKind'] {
  return db
    .prepare(
      `SELECT kind, sum(cost) AS total, count(*) AS count FROM compensations
       WHERE deleted_at IS NULL AND given_at >= ? AND given_at < ? GROUP BY kind ORDER BY total DESC, kind`,
    )
    .all(fromIso, toIso) as CompensationMonth['byKind'];
}

/** By the entry's copy of its incident's cause (0004's triggers keep it in step): no join to incidents. */
export function compensationByRootCause(db: Db, { fromIso, toIso }: Range): CompensationMonth['byRootCause'] {
  return db
    .prepare(
      `SELECT c.root_cause_id AS "rootCauseId", rc.name AS name, rc.cause_group AS "group",
              sum(c.cost) AS total, count(*) AS count
       FROM compensations c LEFT JOIN root_causes rc ON rc.id = c.root_cause_id
       WHERE c.deleted_at IS NULL AND c.given_at >= ? AND c.given_at < ?
       GROUP BY c.root_cause_id, rc.name, rc.cause_group ORDER BY total DESC, name NULLS FIRST`,
    )
    .all(fromIso, toIso) as CompensationMonth['byRootCause'];
}

/** Every active staff member (a month with nothing given still shows), and anyone else who gave. Ordered by name: no ranking of people. */
export function compensationByStaff(db: Db, { fromIso, toIso }: Range): CompensationMonth['byStaff'] {
  const rows = db
    .prepare(
      `SELECT s.id AS "staffId", s.name, s.role, s.active, s.monthly_allowance AS allowance,
              coalesce(sum(c.cost), 0) AS spent, count(c.id) AS count,
              coalesce(sum(c.cost) FILTER (WHERE c.over_allowance_unapproved = 1), 0) AS unapproved,
              count(c.id) FILTER (WHERE c.over_allowance_unapproved = 1) AS "unapprovedCount"
       FROM staff s LEFT JOIN compensations c
         ON c.given_by_id = s.id AND c.deleted_at IS NULL AND c.given_at >= ? AND c.given_at < ?
       GROUP BY s.id HAVING s.active = 1 OR count(c.id) > 0
       ORDER BY lower(s.name), s.name`,
    )
    .all(fromIso, toIso) as (Omit<CompensationMonth['byStaff'][number], 'active'> & { active: number })[];
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

function entries(db: Db, { fromIso, toIso }: Range): CompensationMonth['entries'] {
  const rows = db
    .prepare(
      `SELECT c.id, c.incident_id AS "incidentId", i.ref AS "incidentRef", c.kind, c.description, c.cost,
              c.given_at AS "givenAt", c.given_by_id AS "givenById", g.name AS "givenByName",
              a.name AS "approvedByName", c.over_allowance_unapproved AS "overAllowanceUnapproved", rc.name AS "rootCauseName"
       FROM compensations c JOIN incidents i ON i.id = c.incident_id
       LEFT JOIN staff g ON g.id = c.given_by_id
       LEFT JOIN staff a ON a.id = c.approved_by_id
       LEFT JOIN root_causes rc ON rc.id = i.root_cause_id
       WHERE c.deleted_at IS NULL AND c.given_at >= ? AND c.given_at < ?
       ORDER BY c.given_at DESC, c.id DESC LIMIT ${ENTRY_LIMIT}`,
    )
    .all(fromIso, toIso) as (Omit<CompensationMonth['entries'][number], 'overAllowanceUnapproved'> & { overAllowanceUnapproved: number })[];
  return rows.map((r) => ({ ...r, overAllowanceUnapproved: r.overAllowanceUnapproved === 1 }));
}

/** The tracker's month: every compensation figure, and last month's total to compare with. */
export function compensationMonth(db: Db, month: string): CompensationMonth {
  const range = monthRange(month);
  const previous = monthRange(previousMonth(month));
  return {
    month,
    period: { from: range.from, to: range.to },
    ...compensationTotal(db, range),
    previous: { month: previous.month, ...compensationTotal(db, previous) },
    byKind: compensationByKind(db, range),
    byRootCause: compensationByRootCause(db, range),
    byStaff: compensationByStaff(db, range),
    entries: entries(db, range),
  };
}
