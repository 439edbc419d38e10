import type { z } from 'zod';
import { badRequest, conflict, notFound } from '../../../../shared/result';
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

/** How many incidents and lessons use each root cause: what a merge or a retirement touches. */
export function rootCauseUsage(db: Db): { rootCauseId: number; incidents: number; lessons: number }[] {
  return db
    .prepare(
      `SELECT rc.id AS rootCauseId,
         (SELECT count(*) FROM incidents i WHERE i.root_cause_id = rc.id AND i.deleted_at IS NULL) AS incidents,
         (SELECT count(*) FROM lessons l WHERE l.root_cause_id = rc.id) AS lessons
       FROM root_causes rc ORDER BY rc.id`,
    )
    .all() as { rootCauseId: number; incidents: number; lessons: number }[];
}

/**
 * Merges one cause into another: its incidents and lessons move (each incident's timeline says
 * so), then it is removed. One transaction: counts add up exactly, or nothing changes.
 */
export function mergeRootCauses(db: Db, fromId: number, intoId: number, now: string) {
  if (fromId === intoId) {
    const message = 'Pick two different root causes to merge.';
    throw badRequest(message, [{ path: 'intoId', message }]);
  }
  return db.transaction(() => {
    const from = getRootCause(db, fromId);
    const into = getRootCause(db, intoId);
    db.prepare(
      `INSERT INTO incident_events (incident_id, at, kind, field, old_value, new_value)
       SELECT id, ?, 'changed', 'rootCauseId', ?, ? FROM incidents WHERE root_cause_id = ?`,
    ).run(now, from.name, into.name, fromId);
    const movedIncidents = db
      .prepare('UPDATE incidents SET root_cause_id = ?, updated_at = ? WHERE root_cause_id = ?')
      .run(intoId, now, fromId).changes;
    const movedLessons = db
      .prepare('UPDATE lessons SET root_cause_id = ?, updated_at = ? WHERE root_cause_id = ?')
      .run(intoId, now, fromId).changes;
    db.prepare('DELETE FROM root_causes WHERE id = ?').run(fromId);
    return { into, movedIncidents, movedLessons };
  })();
}
