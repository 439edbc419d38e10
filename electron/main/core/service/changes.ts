// Tells the host that the data changed, whoever changed it (another counter, the command line, or
// this host's own writer), so the page refetches what it shows. No payload: "something changed".
// SQLite: the file's `data_version`, read every second on a connection of its own (it moves when
// any other connection commits). PostgreSQL: LISTEN on an async connection of its own to the
// channel every write transaction notifies at its commit (db/pg/pgDb.ts).
import pg from 'pg';
import { connect, type Db as SqliteDb, setNativeBinding } from '../db/connect';
import { isPostgresUrl } from '../db/engine';
import { CHANGES_CHANNEL } from '../db/pg/pgDb';

export interface ChangeWatcher {
  close(): Promise<void>;
}

export interface WatchOptions {
  /** A SQLite file's path or a postgres:// URL, as the core opened it. */
  databasePath: string;
  /** The Electron build of better-sqlite3's addon (the app's utility process). */
  nativeBinding?: string;
  /** The shared database's password when it is not in the environment (PGPASSWORD). */
  password?: string;
  /** How often the file is looked at; how long to wait before listening again after the server went away. */
  intervalMs?: number;
}

export function watchChanges(options: WatchOptions, onChange: () => void): ChangeWatcher {
  if (isPostgresUrl(options.databasePath)) return listenPostgres(options, onChange);
  if (options.nativeBinding) setNativeBinding(options.nativeBinding);
  return watchSqliteFile(options.databasePath, onChange, options.intervalMs);
}

/** Polls `PRAGMA data_version`: microseconds, and it never waits for a lock (timeout 0: a busy moment is skipped). */
export function watchSqliteFile(path: string, onChange: () => void, intervalMs = 1000): ChangeWatcher {
  let db: SqliteDb | null = null;
  let last: number | null = null;
  let lostTrack = false;
  const look = () => {
    try {
      db ??= connect(path, { readonly: true, fileMustExist: true, timeout: 0 });
      const version = db.pragma('data_version', { simple: true }) as number;
      // A new connection counts from its own start: after losing track (a restore, a busy file), say "changed" once.
      if ((last !== null && version !== last) || (last === null && lostTrack)) onChange();
      last = version;
      lostTrack = false;
    } catch {
      db?.close();
      db = null;
      last = null;
      lostTrack = true;
    }
  };
  look();
  const timer = setInterval(look, intervalMs);
  // The host's own work (an HTTP server, a parent port) keeps the process; this must not.
  timer.unref();
  return {
    close: async () => {
      clearInterval(timer);
      db?.close();
      db = null;
    },
  };
}

/**
 * LISTENs on a connection of its own, not the core's synchronous one. Only notifications for the
 * schema this URL opens count (the payload is the schema written; tests and some servers keep
 * several shops in one database). When the server goes away it says "changed" (the page refetches,
 * and so learns at once that the database is out of reach), listens again every few seconds, and
 * once back says "changed" again (what was missed meanwhile is unknown).
 */
export function listenPostgres(options: WatchOptions, onChange: () => void): ChangeWatcher {
  const retryMs = options.intervalMs ?? 2000;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let hadOne = false;
  let listening = false;

  const again = (dropped: pg.Client) => {
    if (closed || client !== dropped) return;
    client = null;
    dropped.end().catch(() => undefined);
    if (listening) onChange();
    listening = false;
    retry ??= setTimeout(() => {
      retry = null;
      void start();
    }, retryMs);
  };

  const start = async () => {
    const next = new pg.Client({
      connectionString: options.databasePath,
      ...(options.password !== undefined ? { password: options.password } : {}),
      application_name: 'makegood-changes',
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    client = next;
    next.on('error', () => again(next));
    next.on('end', () => again(next));
    try {
      await next.connect();
      const schema = String((await next.query<{ schema: string | null }>('SELECT current_schema() AS schema')).rows[0]?.schema ?? '');
      next.on('notification', (n) => {
        if (n.channel === CHANGES_CHANNEL && (n.payload ?? '') === schema) onChange();
      });
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (closed) {
        await next.end();
        return;
      }
      listening = true;
      if (hadOne) onChange();
      hadOne = true;
    } catch {
      again(next);
    }
  };
  void start();

  return {
    close: async () => {
      closed = true;
      if (retry) clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
