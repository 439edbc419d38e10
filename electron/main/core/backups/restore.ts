// Restoring a backup over the live data file.
//
// How the file replaces the data: the checked copy is written INTO the live database file with
// SQLite's backup API, through a connection of its own. SQLite holds one write transaction on
// the destination for the whole copy and commits it through the WAL, so the data is either all
// old or all new (a crash half-way leaves the old data), and the app's open connection, every
// handler and transport built on it, stay valid and simply read the new data next time. The
// other way, closing the file and renaming another over it, would leave the old file's
// `-wal`/`-shm` beside a different database (SQLite would replay that WAL onto it) and would
// need every holder of the connection rebuilt; it is not done.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, badRequest } from '../../../../shared/result';
import { backupDatabase } from '../backup';
import { migrate } from '../db/migrate';
import type { Db } from '../db/open';
import { checkCandidate, refusal } from './check';
import { backupPath } from './names';

export interface RestoreOptions {
  /** How the person knows the file (a path on the command line, a name in the app), for messages. */
  label: string;
  now: Date;
}

export interface Restored {
  safetyCopy: string;
  incidents: number;
}

const ALL_PAGES = 0x7fffffff;
// The live file stays locked by another program (another Makegood) for longer than this: give up.
const BUSY_GIVE_UP_MS = 10_000;

const samePath = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
};

/**
 * Copies the candidate (and a `-wal` beside it) into a scratch folder, so checking and upgrading
 * never touch the person's file: opening a WAL file, even read-only, can leave files beside it.
 */
function openScratchCopy(source: string, scratch: string, label: string): Db {
  const copy = join(scratch, 'candidate.sqlite');
  copyFileSync(source, copy);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${copy}-wal`);
  try {
    return new Database(copy);
  } catch {
    throw refusal.notDatabase(label);
  }
}

/** Brings the checked copy to this version's schema and to the live file's page size (the backup API into a WAL file needs both the same). */
function prepareCopy(copy: Db, live: Db, label: string): void {
  try {
    // The same setting as when Makegood opens its own file, so the migrations run as they were tested.
    copy.pragma('foreign_keys = ON');
    migrate(copy);
    copy.pragma('journal_mode = DELETE');
    const pageSize = live.pragma('page_size', { simple: true }) as number;
    if (copy.pragma('page_size', { simple: true }) !== pageSize) {
      copy.pragma(`page_size = ${pageSize}`);
      copy.exec('VACUUM');
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badRequest(`${label} could not be brought up to this version of Makegood (${(error as Error).message}); your data was not changed.`);
  }
}

/** A progress callback that copies everything in one step and gives up if the live file stays locked. */
function allAtOnce(label: string) {
  let last = -1;
  let since = Date.now();
  return ({ remainingPages }: { remainingPages: number }) => {
    if (remainingPages !== last) {
      last = remainingPages;
      since = Date.now();
    } else if (Date.now() - since > BUSY_GIVE_UP_MS) {
      throw new AppError('CONFLICT', `The data file is busy in another Makegood window, so ${label} was not restored; close it and try again.`);
    }
    return ALL_PAGES;
  };
}

/**
 * Checks `source`, saves the live data in a `before-restore` backup, then replaces the live data
 * with the source's. A file that fails a check is refused with one sentence, before anything is written.
 */
export async function restoreDatabase(live: Db, livePath: string, source: string, options: RestoreOptions): Promise<Restored> {
  const { label } = options;
  if (!existsSync(source) || !statSync(source).isFile()) throw new AppError('NOT_FOUND', `There is no file at ${label}.`);
  if (samePath(source, livePath)) throw badRequest(`${label} is the data file Makegood is using now; choose a backup instead.`);
  const scratch = mkdtempSync(join(tmpdir(), 'makegood-restore-'));
  let copy: Db | null = null;
  try {
    copy = openScratchCopy(source, scratch, label);
    checkCandidate(copy, label);
    prepareCopy(copy, live, label);
    const safetyCopy = await backupDatabase(live, backupPath(livePath, 'before-restore', options.now));
    await copy.backup(livePath, { progress: allAtOnce(label) });
    // Fold the restored pages into the main file now rather than at some later checkpoint.
    live.pragma('wal_checkpoint(TRUNCATE)');
    const incidents = live.prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NULL').pluck().get() as number;
    return { safetyCopy, incidents };
  } finally {
    copy?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
