import type { SetupStatus } from '../../../../shared/schemas/settings';
import type { Db } from '../db/open';
import { getSetupStatus, SETUP_DONE_KEY } from '../repos/setup';

/** Finished or skipped, the set-up never shows again on this file; the first time is kept. */
export function finishSetup(db: Db, now: string): SetupStatus {
  return db.transaction(() => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(SETUP_DONE_KEY, JSON.stringify(now));
    return getSetupStatus(db);
  })();
}
