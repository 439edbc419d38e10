// "Changed on another counter": an edit carries the record's updatedAt as its screen last read it,
// and is refused when the record has changed since. Writes are serialised (db/pg/pgDb.ts; SQLite's
// BEGIN IMMEDIATE), so the check and the write see every commit made before them, from any counter.
import type { MessageId } from '../../../../shared/i18n/catalog';
import { AppError } from '../../../../shared/result';
import { STALE_PATH } from '../../../../shared/schemas/common';
import { say } from '../i18n/speak';

/** "This incident was changed on another counter": one sentence per kind of record edited. */
const STALE = {
  incident: 'records.stale.incident',
  compensation: 'records.stale.compensation',
  lesson: 'records.stale.lesson',
} as const satisfies Record<string, MessageId>;
export type Edited = keyof typeof STALE;

/** Refuses the edit when `readAt` (given) is not the record's `updated_at` now. Callers without it (imports, the CLI) are not checked. */
export function assertFresh(what: Edited, updatedAt: string, readAt: string | undefined): void {
  if (readAt === undefined || readAt === updatedAt || Date.parse(readAt) === Date.parse(updatedAt)) return;
  const message = say(STALE[what]);
  throw new AppError('CONFLICT', message, [{ path: STALE_PATH, message }]);
}
