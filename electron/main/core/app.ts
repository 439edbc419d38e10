import { scheduleDailyBackups } from './backups/daily';
import { cleanRestoreLeftovers } from './backups/restore';
import type { CoreContext, CoreHost } from './context';
import { cleanStaging } from './data/staging';
import { setNativeBinding } from './db/connect';
import { isPostgresUrl } from './db/engine';
import { openDatabase, type Db } from './db/open';
import { createHandlers, type Handlers } from './handlers';
import { purgeDeleted } from './domain/deletion';
import { removeAbandonedImports } from './domain/importBatches';
import { startInLanguage } from './domain/settings';
import { giveMissingCodes } from './domain/vouchers';

export interface Core {
  db: Db;
  handlers: Handlers;
  databasePath: string;
  /** Today's automatic backup when `dailyBackups` was asked for: the path made, or null (one existed). */
  dailyBackup: Promise<string | null> | null;
  close(): void;
}

export interface OpenCoreOptions {
  databasePath: string;
  version: string;
  /** The Electron build of better-sqlite3's addon: set for the whole process (db/connect.ts), restore's connections included. */
  nativeBinding?: string;
  /**
   * Opens the file read-only: never takes the write lock, never migrates (a file that needs it is
   * refused in a sentence), purges nothing. The read-only commands (`figures`, `export`, `report`,
   * `backup`), and the reader beside the writer (core/service), after the writer has migrated it.
   */
  readonly?: boolean;
  /** The app and `serve`: erase what was deleted longer ago than it can be restored. Never on a command's open. */
  purgeDeleted?: boolean;
  /** Commands that write: called (each time) when a transaction finds another process saving; it then waits for it. */
  onBusyWait?: () => void;
  now?: () => Date;
  host?: CoreHost;
  /**
   * The computer's preferred languages, most preferred first: a new file (or an empty shared
   * database) starts in the first Makegood speaks (domain/settings.ts startInLanguage). None: English.
   */
  languages?: readonly string[];
  /** The app and `serve`: one backup a day into `backups` beside the file, with the rotation (backups/retention.ts). */
  dailyBackups?: boolean;
}

/** Opens the data file and builds the handler table over it: all any transport needs. */
export function openCore(options: OpenCoreOptions): Core {
  // A restore killed half-way leaves its scratch folder beside the file: removed before anything else.
  const shared = isPostgresUrl(options.databasePath);
  if (!options.readonly && !shared) cleanRestoreLeftovers(options.databasePath);
  // Files staged for an import a day ago or more were previews nobody imported.
  if (!options.readonly) cleanStaging(options.databasePath);
  if (options.nativeBinding) setNativeBinding(options.nativeBinding);
  const db = openDatabase(options.databasePath, {
    ...(options.readonly ? { readonly: true } : {}),
    ...(options.onBusyWait ? { onBusyWait: options.onBusyWait } : {}),
    onCreated: (created) => startInLanguage(created, options.languages ?? []),
  });
  const now = options.now ?? (() => new Date());
  // "For a while" ends here: what was deleted longer ago than it can be restored is erased by the app.
  if (options.purgeDeleted && !options.readonly) purgeDeleted(db, now());
  // An import whose process died half-way (data/import.ts) is removed whole, by any open that may
  // write (an import or restore from the command line too): the data is as it was before it.
  if (!options.readonly) removeAbandonedImports(db);
  // Vouchers from before codes existed get theirs, once (domain/vouchers.ts).
  if (!options.readonly) giveMissingCodes(db);
  const ctx: CoreContext = {
    db,
    now,
    version: options.version,
    databasePath: options.databasePath,
    ...(options.host ? { host: options.host } : {}),
  };
  // The shared database's backups are the server's (pg_dump); the file's are the app's.
  const daily = options.dailyBackups && !options.readonly && !shared ? scheduleDailyBackups(db, options.databasePath, now) : null;
  return {
    db,
    handlers: createHandlers(ctx),
    databasePath: options.databasePath,
    dailyBackup: daily?.first ?? null,
    close: () => {
      daily?.stop();
      db.close();
    },
  };
}
