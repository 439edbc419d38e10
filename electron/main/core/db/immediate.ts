import type Database from 'better-sqlite3';

/**
 * Makes `db.transaction(fn)()` begin with BEGIN IMMEDIATE instead of better-sqlite3's plain BEGIN.
 *
 * Why: the app, `serve` and the command line may write to one file at once. A plain BEGIN starts
 * as a reader; when its first write comes after a read (most of ours: check, then insert), SQLite
 * cannot wait for another process's write to finish without breaking the snapshot it read, so it
 * fails at once with SQLITE_BUSY, whatever busy_timeout says. BEGIN IMMEDIATE takes the write lock
 * first, where busy_timeout does wait. Nested calls still become savepoints, and `.deferred`
 * stays available for a transaction that only reads.
 */
export function beginTransactionsImmediately(db: Database.Database): void {
  const transaction = db.transaction.bind(db);
  // better-sqlite3 hands back its plain-BEGIN version; its `.immediate` sibling carries the same
  // `.deferred`, `.immediate` and `.exclusive` variants, so callers see no difference but the BEGIN.
  db.transaction = ((fn: Parameters<typeof transaction>[0]) => transaction(fn).immediate) as typeof db.transaction;
}
