import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { badRequest } from '../../../shared/result';
import { backupPath } from './backups/names';
import { sqliteOnly } from './db/engine';
import { say } from './i18n/speak';
import type { Db } from './db/open';

/** Where a backup goes by default: a `backups` folder beside the data file. */
export const defaultBackupPath = (databasePath: string, now: Date) => backupPath(databasePath, 'manual', now);

/**
 * A consistent copy of the live database (SQLite's online backup), safe while the app is open.
 * It is written under a `.partial` name and renamed when complete, so a copy cut short by a crash
 * never looks like a backup.
 */
export async function backupDatabase(db: Db, destination: string): Promise<string> {
  const file = sqliteOnly(db, say('storage.backup.what'));
  if (resolve(destination) === resolve(file.name)) {
    throw badRequest(say('storage.backup.dataFileItself'));
  }
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  try {
    await file.backup(partial);
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return destination;
}
