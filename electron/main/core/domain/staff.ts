import type { z } from 'zod';
import { conflict } from '../../../../shared/result';
import type { StaffCreate, StaffMember, StaffUpdate } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { getStaff } from '../repos/staff';
import { statement } from './statements';

function assertNameFree(db: Db, name: string, exceptId: number | null) {
  const clash = db.prepare('SELECT id FROM staff WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?').get(name, exceptId);
  if (clash) throw conflict(say('records.staff.nameTaken', { name }));
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

/** Finds a staff member by name (ignoring case) or adds one: the demo's team, and names an import brings. */
export function ensureStaff(db: Db, name: string, role: string, now: string): number {
  const row = statement(db, 'SELECT id FROM staff WHERE lower(name) = lower(?)').get(name) as { id: number } | undefined;
  if (row) return row.id;
  return Number(statement(db, 'INSERT INTO staff (name, role, created_at) VALUES (?, ?, ?)').run(name, role, now).lastInsertRowid);
}

/** Sets a person's monthly allowance (the demo's team; Settings uses updateStaff). */
export function setAllowance(db: Db, id: number, monthlyAllowance: number): void {
  statement(db, 'UPDATE staff SET monthly_allowance = ? WHERE id = ?').run(monthlyAllowance, id);
}
