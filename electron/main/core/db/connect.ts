// The one place that loads better-sqlite3 (eslint.config.js forbids importing it anywhere else):
// every connection, the app's, restore's scratch files, a backup check's, the tests', is made here,
// so each one uses the addon built for the process it runs in.
import Database from 'better-sqlite3';

export type Db = Database.Database;
export type ConnectOptions = Omit<Database.Options, 'nativeBinding'>;

let nativeBinding: string | undefined;

/**
 * Sets, for this whole process, the Electron build of better-sqlite3's addon. The Electron app
 * (main or utility process) calls it before opening anything; Node (the CLI, `serve`, the tests)
 * uses the default Node build and need not call it.
 */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path || undefined;
}

/** The addon path every connection of this process is opened with (undefined: the Node build). */
export const currentNativeBinding = (): string | undefined => nativeBinding;

/** A new connection to `path` through this process's addon; nothing else opens SQLite. */
export function connect(path: string, options: ConnectOptions = {}): Db {
  // Inside Electron the Node build cannot load (or, worse, an old one loads): a forgotten
  // setNativeBinding is a bug, said here rather than as "not a database file" on some later restore.
  if (process.versions.electron && nativeBinding === undefined) {
    throw new Error('Makegood opened SQLite inside Electron before setNativeBinding() named the Electron build of better-sqlite3.');
  }
  return new Database(path, { ...options, ...(nativeBinding ? { nativeBinding } : {}) });
}
