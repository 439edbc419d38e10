// One automatic backup a day, made when the app or `serve` opens the data file and again by an
// hourly check (so a counter PC left on past midnight still gets the next day's copy).
import { format } from 'date-fns';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase } from '../backup';
import type { Db } from '../db/open';
import { backupPath, backupsDir, parseBackupName } from './names';
import { backupsToDelete } from './retention';

const HOUR = 60 * 60_000;

const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** Makes today's backup unless there is one, then applies the rotation; the path made, or null. */
export async function ensureDailyBackup(db: Db, databasePath: string, now: Date): Promise<string | null> {
  const dir = backupsDir(databasePath);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const today = day(now);
  const hasToday = names.some((name) => {
    const parsed = parseBackupName(name);
    return parsed?.kind === 'daily' && day(parsed.at) === today;
  });
  const made = hasToday ? null : await backupDatabase(db, backupPath(databasePath, 'daily', now));
  pruneBackups(dir, now);
  return made;
}

/** Deletes the daily backups the rotation drops, and copies left half-written by a crash a day ago. */
export function pruneBackups(dir: string, now: Date): string[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const stale = names.filter((n) => n.endsWith('.sqlite.partial') && now.getTime() - statSync(join(dir, n)).mtimeMs > 24 * HOUR);
  const dropped = [...backupsToDelete(names), ...stale];
  for (const name of dropped) rmSync(join(dir, name), { force: true });
  return dropped;
}

export interface DailyBackups {
  /** Today's check, started at once; resolves with the path made or null. */
  first: Promise<string | null>;
  stop(): void;
}

/** Runs the daily backup now and every hour; a failure is logged and tried again at the next check. */
export function scheduleDailyBackups(db: Db, databasePath: string, now: () => Date, everyMs = HOUR): DailyBackups {
  let running: Promise<string | null> | null = null;
  const check = () => {
    running ??= ensureDailyBackup(db, databasePath, now())
      .catch((error: unknown) => {
        // Closing the app mid-copy is not a failure worth a line.
        if (db.open) console.error(`Makegood could not make today's backup of ${databasePath}: ${(error as Error).message}`);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = check();
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return { first, stop: () => clearInterval(timer) };
}
