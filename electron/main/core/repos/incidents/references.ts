import { badRequest } from '../../../../../shared/result';
import type { MessageId } from '../../../../../shared/i18n/catalog';
import type { Db } from '../../db/open';
import { say } from '../../i18n/speak';

/** Each field's table, and the sentence for an id it does not hold. */
const TABLES = {
  categoryId: { table: 'categories', missing: 'records.missing.category' },
  rootCauseId: { table: 'root_causes', missing: 'records.missing.rootCause' },
  handledById: { table: 'staff', missing: 'records.missing.staffMember' },
  ownerId: { table: 'staff', missing: 'records.missing.staffMember' },
} as const satisfies Record<string, { table: string; missing: MessageId }>;
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
    const message = say(TABLES[field].missing, { id: String(id) });
    throw badRequest(message, [{ path: field, message }]);
  }
}
