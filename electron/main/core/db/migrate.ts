import type { Database } from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

/** Versions must rise by one, so a gap or a reordering is caught before any SQL runs. */
export function assertMonotonic(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction; refuses a database from a newer Makegood.
 * `beforeChange` runs first when the file already has a schema (a new, empty file needs no copy).
 */
export function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
  beforeChange?: (from: number, to: number) => void,
): number {
  assertMonotonic(migrations);
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'CONFLICT',
      'This data file was saved by a newer version of Makegood. Please update Makegood to open it; nothing in the file was changed.',
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  if (current > 0) beforeChange?.(current, latest);
  db.transaction(() => {
    // Another process (the app, `serve`, the CLI) may have migrated the file while this one waited for the lock.
    const applied = schemaVersion(db);
    for (const m of pending) {
      if (m.version <= applied) continue;
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return latest;
}

export { LATEST_VERSION };
