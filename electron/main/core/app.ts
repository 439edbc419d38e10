import { scheduleDailyBackups } from './backups/daily';
import { cleanRestoreLeftovers } from './backups/restore';
import type { CoreContext, CoreHost } from './context';
import { openDatabase, type Db } from './db/open';
import { createHandlers, type Handlers } from './handlers';
import { purgeDeleted } from './domain/deletion';
import { removeAbandonedImports } from './domain/importBatches';

export interface Core {
  db: Db;
  handlers: Handlers;
  databasePath: string;
  /** The Electron build of better-sqlite3's addon, for the connections an export reads on. */
  nativeBinding?: string;
  /** Today's automatic backup when `dailyBackups` was asked for: the path made, or null (one existed). */
  dailyBackup: Promise<string | null> | null;
  close(): void;
}

export interface OpenCoreOptions {
  databasePath: string;
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  host?: CoreHost;
  /** The app and `serve`: one backup a day into `backups` beside the file, with the rotation (backups/retention.ts). */
  dailyBackups?: boolean;
  /** A reader beside the writer (core/service): opens the file read-only, after the writer has migrated it. */
  readonly?: boolean;
}

/** Opens the data file and builds the handler table over it: all any transport needs. */
export function openCore(options: OpenCoreOptions): Core {
  // A restore killed half-way leaves its scratch folder beside the file: removed before anything else.
  if (!options.readonly) cleanRestoreLeftovers(options.databasePath);
  const db = openDatabase(options.databasePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  const now = options.now ?? (() => new Date());
  // "For a while" ends here: what was deleted longer ago than it can be restored is erased on open.
  if (!options.readonly) {
    purgeDeleted(db, now());
    // An import whose process died half-way (data/import.ts) is removed whole: the data is as before it.
    removeAbandonedImports(db);
  }
  const ctx: CoreContext = {
    db,
    now,
    version: options.version,
    databasePath: options.databasePath,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.host ? { host: options.host } : {}),
  };
  const daily = options.dailyBackups && !options.readonly ? scheduleDailyBackups(db, options.databasePath, now) : null;
  return {
    db,
    handlers: createHandlers(ctx),
    databasePath: options.databasePath,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    dailyBackup: daily?.first ?? null,
    close: () => {
      daily?.stop();
      db.close();
    },
  };
}
