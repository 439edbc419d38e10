// "Changed on another counter": an edit carries the record's updatedAt as its screen last read it,
// and is refused when the record has changed since. Writes are serialised (db/pg/pgDb.ts; SQLite's
// BEGIN IMMEDIATE), so the check and the write see every commit made before them, from any counter.
import { AppError } from '../../../../shared/result';
import { STALE_PATH } from '../../../../shared/schemas/common';

export type Edited = 'incident' | 'compensation' | 'lesson';

/** Refuses the edit when `readAt` (given) is not the record's `updated_at` now. Callers without it (imports, the CLI) are not checked. */
export function assertFresh(what: Edited, updatedAt: string, readAt: string | undefined): void {
  if (readAt === undefined || readAt === updatedAt || Date.parse(readAt) === Date.parse(updatedAt)) return;
  const message = `This ${what} was changed on another counter: reload to see it.`;
  throw new AppError('CONFLICT', message, [{ path: STALE_PATH, message }]);
}
