import type { z } from 'zod';
import { badRequest, conflict } from '../../../../shared/result';
import type {
  Category,
  CategoryCreate,
  CategoryUpdate,
  RootCause,
  RootCauseCreate,
  RootCauseUpdate,
} from '../../../../shared/schemas/settings';
import type { CauseGroup } from '../../../../shared/domain';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { getCategory, getRootCause } from '../repos/lists';
import { statement } from './statements';

// Changing the two editable lists: categories and root causes.

function assertFree(db: Db, table: 'categories' | 'root_causes', name: string, exceptId: number | null) {
  const clash = db.prepare(`SELECT id FROM ${table} WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?`).get(name, exceptId);
  if (!clash) return;
  throw conflict(table === 'categories' ? say('records.lists.categoryTaken', { name }) : say('records.lists.rootCauseTaken', { name }));
}

export function createCategory(db: Db, input: z.output<typeof CategoryCreate>): Category {
  return db.transaction(() => {
    assertFree(db, 'categories', input.name, null);
    const id = Number(db.prepare('INSERT INTO categories (name) VALUES (?)').run(input.name).lastInsertRowid);
    return getCategory(db, id);
  })();
}

export function updateCategory(db: Db, input: z.output<typeof CategoryUpdate>): Category {
  return db.transaction(() => {
    const current = getCategory(db, input.id);
    if (input.name !== undefined) assertFree(db, 'categories', input.name, input.id);
    db.prepare('UPDATE categories SET name = ?, active = ? WHERE id = ?').run(
      input.name ?? current.name,
      (input.active ?? current.active) ? 1 : 0,
      input.id,
    );
    return getCategory(db, input.id);
  })();
}

export function createRootCause(db: Db, input: z.output<typeof RootCauseCreate>): RootCause {
  return db.transaction(() => {
    assertFree(db, 'root_causes', input.name, null);
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
    if (input.name !== undefined) assertFree(db, 'root_causes', input.name, input.id);
    db.prepare('UPDATE root_causes SET name = ?, cause_group = ?, active = ? WHERE id = ?').run(
      input.name ?? current.name,
      input.group ?? current.group,
      (input.active ?? current.active) ? 1 : 0,
      input.id,
    );
    return getRootCause(db, input.id);
  })();
}

/**
 * Merges one cause into another: its incidents and lessons move (each incident's timeline says
 * so), then it is removed. One transaction: counts add up exactly, or nothing changes.
 */
export function mergeRootCauses(db: Db, fromId: number, intoId: number, now: string) {
  if (fromId === intoId) {
    const message = say('records.lists.mergeSame');
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

/** Finds a category by name (ignoring case) or adds it: an import names categories the shop may not have yet. */
export function ensureCategory(db: Db, name: string): number {
  const row = statement(db, 'SELECT id FROM categories WHERE lower(name) = lower(?)').get(name) as { id: number } | undefined;
  return row ? row.id : Number(statement(db, 'INSERT INTO categories (name) VALUES (?)').run(name).lastInsertRowid);
}

/** Finds a root cause by name (ignoring case) or adds it in `group`. */
export function ensureRootCause(db: Db, name: string, group: CauseGroup): number {
  const row = statement(db, 'SELECT id FROM root_causes WHERE lower(name) = lower(?)').get(name) as { id: number } | undefined;
  return row ? row.id : Number(statement(db, 'INSERT INTO root_causes (name, cause_group) VALUES (?, ?)').run(name, group).lastInsertRowid);
}
