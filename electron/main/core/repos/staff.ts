import { notFound } from '../../../../shared/result';
import type { StaffMember } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

interface StaffRow {
  id: number;
  name: string;
  role: string;
  active: number;
  monthly_allowance: number;
}

const toStaff = (r: StaffRow): StaffMember => ({
  id: r.id,
  name: r.name,
  role: r.role,
  active: r.active === 1,
  monthlyAllowance: r.monthly_allowance,
});

const COLUMNS = 'id, name, role, active, monthly_allowance';

export function listStaff(db: Db): StaffMember[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM staff ORDER BY active DESC, lower(name), name`).all() as StaffRow[];
  return rows.map(toStaff);
}

export function getStaff(db: Db, id: number): StaffMember {
  const row = db.prepare(`SELECT ${COLUMNS} FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
  if (!row) throw notFound('staffMember', id);
  return toStaff(row);
}
