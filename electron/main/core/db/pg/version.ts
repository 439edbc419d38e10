import type { PgDb } from './pgDb';

/** Whether Makegood has set the database up, and to which version (also asked by Settings' test connection, domain/sharedDatabase.ts). */
export const HAS_SCHEMA_TABLE = "SELECT to_regclass('makegood_schema') IS NOT NULL";
export const SCHEMA_VERSION = 'SELECT coalesce(max(version), 0) FROM makegood_schema';

/** The schema version of the shared database: 0 when Makegood has never set it up. */
export function pgSchemaVersion(db: PgDb): number {
  const exists = db.prepare(HAS_SCHEMA_TABLE).pluck().get() as number;
  if (!exists) return 0;
  return (db.prepare(SCHEMA_VERSION).pluck().get() as number) ?? 0;
}
