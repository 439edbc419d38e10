import { mkdirSync } from 'node:fs';
import { AppError } from '../../../../shared/result';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { backupPath, backupsDir } from './names';

/**
 * A copy of the data file as it was, made before a migration changes it. Opening runs
 * synchronously, so this uses `VACUUM INTO` (a consistent, compact copy in one statement)
 * rather than the online backup API, which only runs asynchronously in better-sqlite3.
 */
export function backupBeforeMigration(db: Db, databasePath: string, from: number, to: number, now = new Date()): string {
  const destination = backupPath(databasePath, 'before-migration', now, { from, to });
  try {
    mkdirSync(backupsDir(databasePath), { recursive: true });
    db.prepare('VACUUM INTO ?').run(destination);
  } catch (error) {
    throw new AppError(
      'CONFLICT',
      say('storage.beforeMigration.noCopy', { reason: (error as Error).message, folder: backupsDir(databasePath) }),
    );
  }
  return destination;
}
