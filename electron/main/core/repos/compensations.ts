import type { Compensation } from '../../../../shared/schemas/compensation';
import type { Db } from '../db/open';

export interface CompensationRow {
  id: number;
  incident_id: number;
  kind: Compensation['kind'];
  description: string;
  cost: number;
  given_by_id: number | null;
  given_at: string;
  approved_by_id: number | null;
  over_allowance_unapproved: number;
  code: string | null;
  expires_at: string | null;
  redeemed_at: string | null;
  updated_at: string;
}

export const COMPENSATION_COLUMNS = 'id, incident_id, kind, description, cost, given_by_id, given_at, approved_by_id, over_allowance_unapproved, ' +
  'code, expires_at, redeemed_at, updated_at';

export const toCompensation = (r: CompensationRow): Compensation => ({
  id: r.id,
  incidentId: r.incident_id,
  kind: r.kind,
  description: r.description,
  cost: r.cost,
  givenById: r.given_by_id,
  givenAt: r.given_at,
  approvedById: r.approved_by_id,
  overAllowanceUnapproved: r.over_allowance_unapproved === 1,
  code: r.code,
  expiresAt: r.expires_at,
  redeemedAt: r.redeemed_at,
  updatedAt: r.updated_at,
});

export function listCompensations(db: Db, incidentId: number): Compensation[] {
  const rows = db
    .prepare(`SELECT ${COMPENSATION_COLUMNS} FROM compensations WHERE incident_id = ? AND deleted_at IS NULL ORDER BY given_at, id`)
    .all(incidentId) as CompensationRow[];
  return rows.map(toCompensation);
}
