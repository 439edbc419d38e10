import type { Database } from 'better-sqlite3';
import { isPostgres, type EngineDb } from './engine';
import type { PgDb } from './pg/pgDb';
import { pgSchemaVersion } from './pg/version';
import { AppError } from '../../../../shared/result';
import { say } from '../i18n/speak';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/** Runs one migration's SQL, then its seed rows (see Migration), inside the caller's transaction; nothing when its skipIf finds a row. */
export function runMigration(db: EngineDb, m: Migration): void {
  if (m.skipIf !== undefined && db.prepare(m.skipIf).get() !== undefined) return;
  db.exec(m.sql);
  for (const { sql, rows } of m.seed ?? []) {
    const insert = db.prepare(sql);
    for (const row of rows) insert.run(...row.map((v) => (typeof v === 'object' ? JSON.stringify(new Date().toISOString()) : v)));
  }
}

/** Versions must rise by one, so a gap or a reordering is caught before any SQL runs. */
export function assertMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

export function schemaVersion(db: Database | EngineDb): number {
  if (isPostgres(db)) return pgSchemaVersion(db as PgDb);
  return (db as Database).pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction; refuses a database from a newer Makegood.
 * `beforeChange` runs first when the file already has a schema (a new, empty file needs no copy).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeChange?: (from: number, to: number) => void,
  onRepair?: (messages: string[]) => void,
): number {
  assertMonotonic(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError('CONFLICT', say('storage.open.newerFile'));
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  if (current > 0) beforeChange?.(current, latest);
  const loggedBefore = lastLogId(db);
  db.transaction(() => {
    // Another process (the app, `serve`, the CLI) may have migrated the file while this one waited for the lock.
    const applied = schemaVersion(db);
    for (const m of pending) {
      if (m.version <= applied) continue;
      runMigration(db, m);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  if (onRepair) {
    const messages = repairsSince(db, loggedBefore);
    if (messages.length > 0) onRepair(messages);
  }
  return latest;
}

const hasLog = (db: Database) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migration_log'").get() !== undefined;
const lastLogId = (db: Database) => (hasLog(db) ? ((db.prepare('SELECT coalesce(max(id), 0) FROM migration_log').pluck().get() as number) ?? 0) : 0);

/** What migrations repaired (migration_log, from 0008 on) after the entry with id `afterId`. */
export function repairsSince(db: Database, afterId: number): string[] {
  if (!hasLog(db)) return [];
  return db.prepare('SELECT message FROM migration_log WHERE id > ? ORDER BY id').pluck().all(afterId) as string[];
}

export { LATEST_VERSION };
