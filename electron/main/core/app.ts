import type { CoreContext, CoreHost } from './context';
import { openDatabase, type Db } from './db/open';
import { createHandlers, type Handlers } from './handlers';

export interface Core {
  db: Db;
  handlers: Handlers;
  databasePath: string;
  close(): void;
}

export interface OpenCoreOptions {
  databasePath: string;
  version: string;
  nativeBinding?: string;
  now?: () => Date;
  host?: CoreHost;
}

/** Opens the data file and builds the handler table over it: all any transport needs. */
export function openCore(options: OpenCoreOptions): Core {
  const db = openDatabase(options.databasePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const ctx: CoreContext = {
    db,
    now: options.now ?? (() => new Date()),
    version: options.version,
    databasePath: options.databasePath,
    ...(options.host ? { host: options.host } : {}),
  };
  return {
    db,
    handlers: createHandlers(ctx),
    databasePath: options.databasePath,
    close: () => db.close(),
  };
}
