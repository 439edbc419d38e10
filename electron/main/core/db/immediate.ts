import type Database from 'better-sqlite3';

/** How long a command's first try waits before it says it is waiting (then it waits as long as it takes). */
const QUIET_WAIT_MS = 300;

/**
 * Makes `db.transaction(fn)()` begin with BEGIN IMMEDIATE instead of better-sqlite3's plain BEGIN.
 *
 * Why: the app, `serve` and the command line may write to one file at once. A plain BEGIN starts
 * as a reader; when its first write comes after a read (most of ours: check, then insert), SQLite
 * cannot wait for another process's write to finish without breaking the snapshot it read, so it
 * fails at once with SQLITE_BUSY, whatever busy_timeout says. BEGIN IMMEDIATE takes the write lock
 * first, where busy_timeout does wait. Nested calls still become savepoints, and `.deferred`
 * stays available for a transaction that only reads.
 *
 * With `onBusyWait` (the commands that write), a transaction that finds the file busy calls it and
 * tries again until the lock is free, rather than failing after busy_timeout. That is safe because
 * SQLITE_BUSY can then only come from the BEGIN itself: nothing of the transaction has run.
 */
export function beginTransactionsImmediately(db: Database.Database, onBusyWait?: () => void): void {
  const transaction = db.transaction.bind(db);
  // better-sqlite3 hands back its plain-BEGIN version; its `.immediate` sibling carries the same
  // `.deferred`, `.immediate` and `.exclusive` variants, so callers see no difference but the BEGIN.
  if (!onBusyWait) {
    db.transaction = ((fn: Parameters<typeof transaction>[0]) => transaction(fn).immediate) as typeof db.transaction;
    return;
  }
  db.transaction = ((fn: Parameters<typeof transaction>[0]) => {
    let entered = false;
    // The connection's own busy timeout while a shortened first wait is on, to put back.
    let restore: number | null = null;
    const putBack = () => {
      if (restore === null) return;
      db.pragma(`busy_timeout = ${restore}`);
      restore = null;
    };
    const tx = transaction(function (this: unknown, ...args: unknown[]) {
      entered = true;
      // Past BEGIN: the statements inside wait as long as they always did.
      putBack();
      return fn.apply(this, args);
    });
    const waiting = ((...args: unknown[]) => {
      const outermost = !db.inTransaction;
      if (outermost) {
        restore = db.pragma('busy_timeout', { simple: true }) as number;
        db.pragma(`busy_timeout = ${Math.min(QUIET_WAIT_MS, restore)}`);
      }
      try {
        for (;;) {
          entered = false;
          try {
            return tx.immediate(...args);
          } catch (error) {
            const atBegin = (error as { code?: string }).code === 'SQLITE_BUSY' && !entered && outermost && !db.inTransaction;
            if (!atBegin) throw error;
            onBusyWait();
            putBack();
          }
        }
      } finally {
        putBack();
      }
    }) as unknown as ReturnType<typeof transaction>;
    waiting.deferred = tx.deferred;
    waiting.immediate = waiting;
    waiting.exclusive = tx.exclusive;
    return waiting;
  }) as typeof db.transaction;
}
