// A restore copies the rebuilt file's pages into the live file through a connection of its own
// (backups/restore.ts), and holds the write lock across turns of this thread's event loop. A write
// on the core's connection in one of those turns would wait in SQLite's busy handler, which blocks
// the very thread that has to finish the copy. So this thread's writes wait here instead, for the
// half second the copy takes; other processes wait in their busy handler as usual.
import type { EngineDb as Db } from './engine';

const held = new WeakMap<Db, Promise<unknown>>();

/** Runs `work` with this thread's writes on `db` held back until it settles. */
export async function holdingWrites<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const running = work();
  held.set(db, running);
  try {
    return await running;
  } finally {
    if (held.get(db) === running) held.delete(db);
  }
}

/** Resolves once no restore holds this thread's writes on `db` (at once, usually). */
export async function writesReleased(db: Db): Promise<void> {
  for (let hold = held.get(db); hold; hold = held.get(db)) await hold.catch(() => undefined);
}
