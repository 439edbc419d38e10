import { notFound } from '../../../../shared/result';
import type { Category, RootCause } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

// The two editable lists: categories (what part of the business failed) and root causes.
// domain/lists.ts changes them.

export function listCategories(db: Db): Category[] {
  const rows = db.prepare('SELECT id, name, active FROM categories ORDER BY id').all() as {
    id: number;
    name: string;
    active: number;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1 }));
}

export function getCategory(db: Db, id: number): Category {
  const found = listCategories(db).find((c) => c.id === id);
  if (!found) throw notFound('category', id);
  return found;
}

export function listRootCauses(db: Db): RootCause[] {
  const rows = db
    .prepare('SELECT id, name, cause_group, active FROM root_causes ORDER BY cause_group, lower(name), name')
    .all() as { id: number; name: string; cause_group: RootCause['group']; active: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, group: r.cause_group, active: r.active === 1 }));
}

export function getRootCause(db: Db, id: number): RootCause {
  const found = listRootCauses(db).find((c) => c.id === id);
  if (!found) throw notFound('rootCause', id);
  return found;
}

/** How many incidents and lessons use each root cause: what a merge or a retirement touches. */
export function rootCauseUsage(db: Db): { rootCauseId: number; incidents: number; lessons: number }[] {
  return db
    .prepare(
      `SELECT rc.id AS "rootCauseId",
         (SELECT count(*) FROM incidents i WHERE i.root_cause_id = rc.id AND i.deleted_at IS NULL) AS incidents,
         (SELECT count(*) FROM lessons l WHERE l.root_cause_id = rc.id) AS lessons
       FROM root_causes rc ORDER BY rc.id`,
    )
    .all() as { rootCauseId: number; incidents: number; lessons: number }[];
}
