import { badRequest } from '../../../../../shared/result';
import type { Db } from '../../db/open';

const TABLES = {
  categoryId: { table: 'categories', label: 'Category' },
  rootCauseId: { table: 'root_causes', label: 'Root cause' },
  handledById: { table: 'staff', label: 'Staff member' },
  ownerId: { table: 'staff', label: 'Staff member' },
} as const;
export type ReferenceField = keyof typeof TABLES;

/** The name shown for a referenced row (events record names, so the timeline reads as it was). */
export function referenceName(db: Db, field: ReferenceField, id: number | null): string | null {
  if (id === null) return null;
  const row = db.prepare(`SELECT name FROM ${TABLES[field].table} WHERE id = ?`).get(id) as { name: string } | undefined;
  return row?.name ?? null;
}

/** A reference to a row that does not exist is the caller's mistake: say which field. */
export function assertReference(db: Db, field: ReferenceField, id: number | null | undefined): void {
  if (id === null || id === undefined) return;
  if (referenceName(db, field, id) === null) {
    const message = `${TABLES[field].label} ${id} does not exist.`;
    throw badRequest(message, [{ path: field, message }]);
  }
}
