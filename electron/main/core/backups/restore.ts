// Restoring a backup over the live data file: rebuild, never trust.
//
//   1. The backup (and a `-wal` beside it) is copied into a scratch folder beside the data file, so
//      the person's file is never touched, and opened for reading only, running nothing of its own.
//   2. It must be a sound SQLite file of one of Makegood's versions (check.ts).
//   3. Its rows are copied into a new file made by this version's migrations, through the same
//      rules as every write (domain/restore.ts); a row that breaks one is refused by name.
//   4. With the live file's write lock held from here to the end, the data as it is now is saved
//      (`before-restore`), and the new file's pages are written over the live file's through
//      SQLite's backup API, in one transaction: all old or all new, and every connection (the
//      app's, each handler built on it, a reader's) reads the restored data from its next query.
// Steps 1-3, the slow part (about 15 s at 100,000 incidents), hold no lock: other windows keep
// saving meanwhile. Only step 4 holds it, and it costs what copying the file costs, whatever the
// backup holds: the safety copy is a copy of the file's bytes (0.2 s at 175 MB), not a VACUUM INTO
// (2.4 s), and the pages go in as they are, with no index or search entry rebuilt under the lock.
// Scratch files go on success and failure alike; those of a restore that was killed are removed
// the next time Makegood opens the file (cleanRestoreLeftovers).
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError, badRequest } from '../../../../shared/result';
import { connect } from '../db/connect';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { holdDayTotals } from '../domain/dayTotals';
import { dropUnfinishedImports, forgetImportBatches } from '../domain/importBatches';
import { giveMissingCodes } from '../domain/vouchers';
import { checkRestoredRows, copyBackupRows, FIRST_SHARED_VERSION, hasPlainTables, schemaAt } from '../domain/restore';
import { holdingWrites } from '../db/writeHold';
import { checkCandidate, refusal } from './check';
import { backupPath, backupsDir } from './names';
import { processAlive } from '../processAlive';
import { say } from '../i18n/speak';

export interface RestoreOptions {
  /** How the person knows the file (a path on the command line, a name in the app), for messages. */
  label: string;
  now: Date;
  /**
   * A command: called (each time) when the data file stays busy in another process for a moment;
   * the restore then waits as long as it takes. Without it (the app), it gives up after the
   * connection's busy timeout (5 s), as any of its writes would.
   */
  onBusyWait?: () => void;
}

export interface Restored {
  safetyCopy: string;
  /** How long the data file's write lock was held (ms): other windows' saves waited at most this long. */
  lockHeldMs: number;
  incidents: number;
  /** What bringing an older backup up to date had to repair (migration_log), in words. */
  repaired: string[];
}

const SCRATCH_PREFIX = '.makegood-restore-';
/** The first version whose files have import batches (migration 0009). */
const IMPORT_BATCHES_VERSION = 9;
const BATCH_TABLES = new Map([
  ['import_batches', ['id', 'pid', 'started_at', 'finished_at']],
  ['import_batch_rows', ['batch_id', 'tbl', 'first_id', 'last_id']],
]);

const samePath = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/** `.makegood-restore-<pid>-<random>` beside the data file: on its disk, and found again if the process dies. */
function makeScratch(livePath: string): string {
  const dir = join(dirname(livePath), `${SCRATCH_PREFIX}${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}


/** Removes the scratch folders of restores whose process no longer runs (killed half-way). */
export function cleanRestoreLeftovers(livePath: string): string[] {
  const dir = dirname(livePath);
  const removed: string[] = [];
  if (!existsSync(dir)) return removed;
  for (const name of readdirSync(dir)) {
    const m = new RegExp(`^${SCRATCH_PREFIX.replaceAll('.', '\\.')}(\\d+)-[0-9a-f]+$`).exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Checks `source`, rebuilds its rows into a new file, saves the live data in a `before-restore`
 * backup, then replaces the live data with the rebuilt rows. A file that fails a check, or holds a
 * row that breaks a rule, is refused with one sentence, before anything is written.
 */
export async function restoreDatabase(live: Db, livePath: string, source: string, options: RestoreOptions): Promise<Restored> {
  const { label } = options;
  if (!existsSync(source) || !statSync(source).isFile()) throw new AppError('NOT_FOUND', say('storage.restore.noFile', { label }));
  if (samePath(source, livePath)) throw badRequest(say('storage.restore.liveFile', { label }));
  const scratch = makeScratch(livePath);
  try {
    const candidate = join(scratch, 'candidate.sqlite');
    copyFileSync(source, candidate);
    if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${candidate}-wal`);
    const version = checkCandidate(candidate, label);
    // Its tables are plain tables (checked): reading them runs none of the file's SQL.
    const rebuilt = join(scratch, 'rebuilt.sqlite');
    const repaired = rebuild(candidate, rebuilt, version, label, live.pragma('page_size', { simple: true }) as number);
    const swapped = await swapIn(live, livePath, rebuilt, scratch, options);
    return { safetyCopy: swapped.safetyCopy, incidents: swapped.count, lockHeldMs: swapped.lockHeldMs, repaired };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The candidate's rows in a new file of this version; what its migrations repaired on the way. */
function rebuild(candidate: string, rebuilt: string, version: number, label: string, pageSize: number): string[] {
  const fresh = connect(rebuilt);
  const repaired: string[] = [];
  try {
    // Pages are copied as they are into the live file (swapIn), whose log takes only its own size.
    fresh.pragma(`page_size = ${pageSize}`);
    fresh.pragma('foreign_keys = ON');
    fresh.pragma('trusted_schema = OFF');
    const base = Math.max(version, FIRST_SHARED_VERSION);
    migrate(fresh, MIGRATIONS.slice(0, base));
    fresh.prepare('ATTACH DATABASE ? AS backup').run(candidate);
    try {
      // The rows go in as a slice does: the day tables take them grouped at the end, not a trigger a row.
      const addDayTotals = holdDayTotals(fresh);
      copyBackupRows(fresh, schemaAt(version, (p) => connect(p)), label);
      addDayTotals();
      // Import batches began with version 9; a half-written one in the backup does not come back.
      if (version >= IMPORT_BATCHES_VERSION) {
        if (!hasPlainTables(fresh, BATCH_TABLES)) throw refusal.foreign(label);
        dropUnfinishedImports(fresh);
      }
    } finally {
      fresh.exec('DETACH DATABASE backup');
    }
    migrate(fresh, MIGRATIONS, undefined, (messages) => repaired.push(...messages));
    // The new file is SQLite's own work under our constraints: what is left to check is what they cannot say.
    checkRestoredRows(fresh, label);
    // No import batch's ids mean anything in the restored rows: one under way elsewhere finds its
    // batch gone once these pages are in, and stops at its next step.
    forgetImportBatches(fresh);
    // Codes are kept as the backup holds them; vouchers from a backup made before codes get theirs.
    giveMissingCodes(fresh);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest(say('storage.restore.failed', { label, reason: (error as Error).message }));
  } finally {
    fresh.close();
  }
  return repaired;
}

/**
 * The data file as it is, saved as a backup at `safetyCopy`, while this connection holds the write
 * lock: its bytes and its log are copied as they are, then the copy's log is folded into it (in
 * the scratch folder) and the copy is moved into place. With the lock held nobody can commit, so
 * the log neither grows nor starts over, and the main file only receives pages the log also holds
 * (a checkpoint in another window): the two copies together are exactly the last committed data.
 */
function saveAsItIs(livePath: string, safetyCopy: string, scratch: string): void {
  const copy = join(scratch, 'before-restore.sqlite');
  copyFileSync(livePath, copy);
  if (existsSync(`${livePath}-wal`)) copyFileSync(`${livePath}-wal`, `${copy}-wal`);
  const db = connect(copy);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  renameSync(copy, safetyCopy);
}

/** How long a command waits for the lock before it says that it waits (as db/immediate.ts does). */
const QUIET_WAIT_MS = 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces the live file's pages with the rebuilt file's, through SQLite's backup API: a connection
 * of its own takes the live file's write lock, the data as it is now is saved while it holds it,
 * then every page is written through the log and committed in one transaction. Readers keep their
 * snapshot until then; every other connection sees the new schema cookie and reloads.
 */
async function swapIn(live: Db, livePath: string, rebuilt: string, scratch: string, { label, now, onBusyWait }: RestoreOptions) {
  const safetyCopy = backupPath(livePath, 'before-restore', now);
  mkdirSync(backupsDir(livePath), { recursive: true });
  const source = connect(rebuilt, { readonly: true, fileMustExist: true });
  const count = source.prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NULL').pluck().get() as number;
  let locked = 0;
  let saveFailed: Error | null = null;
  try {
    // This thread's own writes wait for the copy rather than block the thread it runs on.
    await holdingWrites(live, async () => {
      const started = performance.now();
      for (let waitedAloud = false; ; ) {
        // The backup's first step copies no page: it takes the lock, then calls back, still holding it.
        await source.backup(livePath, {
          progress: () => {
            if (locked) return COPY_ALL;
            locked = performance.now();
            try {
              saveAsItIs(livePath, safetyCopy, scratch);
            } catch (error) {
              saveFailed = error as Error;
              throw error;
            }
            return COPY_ALL;
          },
        });
        if (locked) return;
        // The first step found another process saving (better-sqlite3 then reports nothing left to copy).
        const waited = performance.now() - started;
        if (onBusyWait && !waitedAloud && waited > QUIET_WAIT_MS) {
          onBusyWait();
          waitedAloud = true;
        }
        // The app's restore waits as long as any write of its connection would (busy_timeout).
        if (!onBusyWait && waited > (live.pragma('busy_timeout', { simple: true }) as number)) throw new AppError('CONFLICT', say('storage.restore.busy', { label }));
        await sleep(20);
      }
    });
  } catch (error) {
    rmSync(safetyCopy, { force: true });
    if (saveFailed) {
      throw new AppError('CONFLICT', say('storage.restore.safetyCopyFailed', { reason: (saveFailed as Error).message }));
    }
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', say('storage.restore.notPutInPlace', { label, reason: (error as Error).message }));
  } finally {
    source.close();
  }
  const lockHeldMs = performance.now() - locked;
  // Fold the restored pages into the main file now rather than at some later checkpoint. PASSIVE:
  // it copies what it can without shutting other windows' saves out, as a TRUNCATE would.
  live.pragma('wal_checkpoint(PASSIVE)');
  return { safetyCopy, count, lockHeldMs };
}

/** Pages per step after the first: all of them, in one step and one transaction. */
const COPY_ALL = 0x7fffffff;

export const scratchPrefix = SCRATCH_PREFIX;
