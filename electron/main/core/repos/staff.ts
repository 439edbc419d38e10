import type { z } from 'zod';
import { conflict, notFound } from '../../../../shared/result';
import type { StaffCreate, StaffMember, StaffUpdate } from '../../../../shared/schemas/settings';
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
  const rows = db.prepare(`SELECT ${COLUMNS} FROM staff ORDER BY active DESC, name COLLATE NOCASE`).all() as StaffRow[];
  return rows.map(toStaff);
}

export function getStaff(db: Db, id: number): StaffMember {
  const row = db.prepare(`SELECT ${COLUMNS} FROM staff WHERE id = ?`).get(id) as StaffRow | undefined;
  if (!row) throw notFound(`Staff member ${id}`);
  return toStaff(row);
}

function assertNameFree(db: Db, name: string, exceptId: number | null) {
  const clash = db.prepare('SELECT id FROM staff WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId);
  if (clash) throw conflict(`There is already a staff member called ${name}.`);
}

export function createStaff(db: Db, input: z.output<typeof StaffCreate>, now: string): StaffMember {
  return db.transaction(() => {
    assertNameFree(db, input.name, null);
    const { lastInsertRowid } = db
      .prepare('INSERT INTO staff (name, role, monthly_allowance, created_at) VALUES (?, ?, ?, ?)')
      .run(input.name, input.role, input.monthlyAllowance, now);
    return getStaff(db, Number(lastInsertRowid));
  })();
}

export function updateStaff(db: Db, input: z.output<typeof StaffUpdate>): StaffMember {
  return db.transaction(() => {
    const current = getStaff(db, input.id);
    if (input.name !== undefined) assertNameFree(db, input.name, input.id);
    db.prepare('UPDATE staff SET name = ?, role = ?, active = ?, monthly_allowance = ? WHERE id = ?').run(
      input.name ?? current.name,
      input.role ?? current.role,
      (input.active ?? current.active) ? 1 : 0,
      input.monthlyAllowance ?? current.monthlyAllowance,
      input.id,
    );
    return getStaff(db, input.id);
  })();
}

/** Finds a staff member by name or adds one (demo data and, later, import). */
export function ensureStaff(db: Db, name: string, role: string, now: string): number {
  const row = db.prepare('SELECT id FROM staff WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  if (row) return row.id;
  return Number(
    db.prepare('INSERT INTO staff (name, role, created_at) VALUES (?, ?, ?)').run(name, role, now).lastInsertRowid,
  );
}
