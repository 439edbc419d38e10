import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../../shared/result';
import { backupBeforeMigration } from '../backups/beforeMigration';
import { beginTransactionsImmediately } from './immediate';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of an Electron build of better-sqlite3's addon (the Node build is the default). */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * Runs `step` again while SQLite says the file is busy, for up to about 2.5 s. Two processes that
 * open a new file at the same moment both switch it to WAL, which needs the file to themselves;
 * SQLite refuses one at once rather than let both wait on each other (its deadlock rule skips the
 * busy timeout), so the refused one tries again once the other is through.
 */
function retryWhileBusy<T>(step: () => T): T {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 50) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/** Opens (creating if needed) Makegood's one SQLite file and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, {
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
    });
  } catch (error) {
    throw new AppError('INTERNAL', `Makegood could not open its data file at ${path}: ${(error as Error).message}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    // Writers in other processes (the app, `serve`, the CLI) are then waited for, not refused.
    if (!options.readonly) beginTransactionsImmediately(db);
    db.pragma('foreign_keys = ON');
    // WAL makes NORMAL durable against application crashes; only power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    // An existing file gets a copy in `backups` before any migration changes it.
    if (!options.readonly) {
      migrate(
        db,
        MIGRATIONS,
        path === ':memory:' ? undefined : (from, to) => backupBeforeMigration(db, path, from, to),
        // Rows an update had to repair (a rule the file broke): said once, and kept in migration_log.
        (messages) => console.warn(`Makegood updated ${path} and repaired ${messages.length} record(s):\n${messages.map((m) => `  - ${m}`).join('\n')}`),
      );
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('CONFLICT', `The file at ${path} is not a Makegood database, or it is damaged.`);
    }
    throw error;
  }
}
