import type { PgDb } from './pgDb';

/** The schema version of the shared database: 0 when Makegood has never set it up. */
export function pgSchemaVersion(db: PgDb): number {
  const exists = db.prepare("SELECT to_regclass('makegood_schema') IS NOT NULL").pluck().get() as number;
  if (!exists) return 0;
  return (db.prepare('SELECT coalesce(max(version), 0) FROM makegood_schema').pluck().get() as number) ?? 0;
}
