import { format } from 'date-fns';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from './db/open';

/** Where a backup goes by default: a `backups` folder beside the data file. */
export const defaultBackupPath = (databasePath: string, now: Date) =>
  join(dirname(databasePath), 'backups', `makegood-${format(now, 'yyyy-MM-dd-HHmmss')}.sqlite`);

/** A consistent copy of the live database (SQLite's online backup), safe while the app is open. */
export async function backupDatabase(db: Db, destination: string): Promise<string> {
  mkdirSync(dirname(destination), { recursive: true });
  await db.backup(destination);
  return destination;
}
