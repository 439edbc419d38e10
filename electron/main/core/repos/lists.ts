import type { z } from 'zod';
import { conflict, notFound } from '../../../../shared/result';
import type {
  Category,
  CategoryCreate,
  CategoryUpdate,
  RootCause,
  RootCauseCreate,
  RootCauseUpdate,
} from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

// The two editable lists: categories (what part of the business failed) and root causes.

export function listCategories(db: Db): Category[] {
  const rows = db.prepare('SELECT id, name, active FROM categories ORDER BY id').all() as {
    id: number;
    name: string;
    active: number;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
}

function getCategory(db: Db, id: number): Category {
  const found = listCategories(db).find((c) => c.id === id);
  if (!found) throw notFound(`Category ${id}`);
  return found;
}

function assertFree(db: Db, table: 'categories' | 'root_causes', name: string, exceptId: number | null, what: string) {
  const clash = db.prepare(`SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE AND id IS NOT ?`).get(name, exceptId);
  if (clash) throw conflict(`There is already a ${what} called ${name}.`);
}

export function createCategory(db: Db, input: z.output<typeof CategoryCreate>): Category {
  return db.transaction(() => {
    assertFree(db, 'categories', input.name, null, 'category');
    const id = Number(db.prepare('INSERT INTO categories (name) VALUES (?)').run(input.name).lastInsertRowid);
    return getCategory(db, id);
  })();
}

export function updateCategory(db: Db, input: z.output<typeof CategoryUpdate>): Category {
  return db.transaction(() => {
    const current = getCategory(db, input.id);
    if (input.name !== undefined) assertFree(db, 'categories', input.name, input.id, 'category');
    db.prepare('UPDATE categories SET name = ?, active = ? WHERE id = ?').run(
      input.name ?? current.name,
      (input.active ?? current.active) ? 1 : 0,
      input.id,
    );
    return getCategory(db, input.id);
  })();
}

export function listRootCauses(db: Db): RootCause[] {
  const rows = db
    .prepare('SELECT id, name, cause_group, active FROM root_causes ORDER BY cause_group, name COLLATE NOCASE')
    .all() as { id: number; name: string; cause_group: RootCause['group']; active: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, group: r.cause_group, active: r.active === 1 }));
}

function getRootCause(db: Db, id: number): RootCause {
  const found = listRootCauses(db).find((c) => c.id === id);
  if (!found) throw notFound(`Root cause ${id}`);
  return found;
}

export function createRootCause(db: Db, input: z.output<typeof RootCauseCreate>): RootCause {
  return db.transaction(() => {
    assertFree(db, 'root_causes', input.name, null, 'root cause');
    const id = Number(
      db.prepare('INSERT INTO root_causes (name, cause_group) VALUES (?, ?)').run(input.name, input.group)
        .lastInsertRowid,
    );
    return getRootCause(db, id);
  })();
}

export function updateRootCause(db: Db, input: z.output<typeof RootCauseUpdate>): RootCause {
  return db.transaction(() => {
    const current = getRootCause(db, input.id);
    if (input.name !== undefined) assertFree(db, 'root_causes', input.name, input.id, 'root cause');
    db.prepare('UPDATE root_causes SET name = ?, cause_group = ?, active = ? WHERE id = ?').run(
      input.name ?? current.name,
      input.group ?? current.group,
      (input.active ?? current.active) ? 1 : 0,
      input.id,
    );
    return getRootCause(db, input.id);
  })();
}
