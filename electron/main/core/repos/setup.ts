import type { SetupStatus } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';

/** The settings row written when the first-run set-up is finished or skipped: the instant, as JSON. */
export const SETUP_DONE_KEY = 'setupDoneAt';

/**
 * A file needs the set-up until it is finished or skipped, unless it already holds a staff member or
 * an incident (deleted ones too): files from before the set-up existed, the demo and an import count as set up.
 */
export function getSetupStatus(db: Db): SetupStatus {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SETUP_DONE_KEY) as { value: string } | undefined;
  const doneAt = row ? (JSON.parse(row.value) as string) : null;
  const hasData = db.prepare('SELECT EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM incidents)').pluck().get() === 1;
  return { needed: doneAt === null && !hasData, doneAt };
}
