import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../../shared/result';
import { backupBeforeMigration } from '../backups/beforeMigration';
import { connect, type Db as SqliteDb } from './connect';
import { isPostgresUrl, type EngineDb } from './engine';
import { openPostgres } from './pg/openPg';
import { beginTransactionsImmediately } from './immediate';
import { LATEST_VERSION, migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import { say } from '../i18n/speak';

/** A connection to either engine: the SQLite file (better-sqlite3) or the shared PostgreSQL database (db/pg). */
export type Db = EngineDb;
export type { SqliteDb };

export interface OpenOptions {
  /** Reading only (the read-only commands): takes no write lock, so it never waits for the app, and migrates nothing. */
  readonly?: boolean;
  /** Called when a transaction finds another process saving; the transaction then waits as long as it takes. */
  onBusyWait?: () => void;
  /** Called once the schema of a new file (or of an empty shared database) is made, before anything else reads it. */
  onCreated?: (db: EngineDb) => void;
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

/** Opens the data: a SQLite file (created if needed), or a postgres:// URL's shared database; brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (isPostgresUrl(path)) return openPostgres(path, options.readonly ? { readonly: true } : options.onCreated ? { onCreated: options.onCreated } : {});
  return openSqlite(path, options);
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
export function openSqlite(path: string, options: OpenOptions = {}): SqliteDb {
  if (options.readonly && path !== ':memory:' && !existsSync(path)) {
    throw new AppError('NOT_FOUND', say('storage.open.noFile', { path }));
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: SqliteDb;
  try {
    db = connect(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
  } catch (error) {
    throw new AppError('INTERNAL', say('storage.open.cannotOpen', { path, reason: (error as Error).message }));
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) retryWhileBusy(() => db.pragma('journal_mode = WAL'));
    // Writers in other processes (the app, `serve`, the CLI) are then waited for, not refused.
    if (!options.readonly) beginTransactionsImmediately(db, options.onBusyWait);
    db.pragma('foreign_keys = ON');
    // WAL makes NORMAL durable against application crashes; only power loss can drop the last commits.
    db.pragma('synchronous = NORMAL');
    if (options.readonly) refuseUnlessCurrent(db, path);
    else {
      const isNew = schemaVersion(db) === 0;
      // An existing file gets a copy in `backups` before any migration changes it.
      migrate(
        db,
        MIGRATIONS,
        path === ':memory:' ? undefined : (from, to) => backupBeforeMigration(db, path, from, to),
        // Rows an update had to repair (a rule the file broke): said once, and kept in migration_log.
        (messages) => console.warn(`Makegood updated ${path} and repaired ${messages.length} record(s):\n${messages.map((m) => `  - ${m}`).join('\n')}`),
      );
      if (isNew) options.onCreated?.(db);
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError('CONFLICT', say('storage.open.notMakegood', { path }));
    }
    throw error;
  }
}

/** A read-only open changes nothing, so a file from another version is refused in a sentence, not migrated. */
function refuseUnlessCurrent(db: SqliteDb, path: string): void {
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new AppError('CONFLICT', say('storage.open.newerToRead', { path }));
  }
  if (version < LATEST_VERSION) {
    throw new AppError('CONFLICT', say('storage.open.olderToRead', { path }));
  }
}
