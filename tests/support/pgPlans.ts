// Query-plan checks on the shared database (tests/integration/pg/*-plans.test.ts).
import type { Db } from '../../electron/main/core/db/open';

/** EXPLAIN's text for `sql`, one plan line a line. */
export function explain(db: Db, sql: string, ...params: unknown[]): string {
  return (db.prepare(`EXPLAIN ${sql}`).all(...params) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
}

/** The plan PostgreSQL makes with scans of the table priced out: only an index can serve, and one that holds every column read serves alone. */
export function planWithoutScans(db: Db, sql: string, ...params: unknown[]): string {
  return db.transaction(() => {
    db.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off');
    return explain(db, sql, ...params);
  })();
}

/**
 * VACUUM (ANALYZE) these tables until every page is marked all-visible, and says whether they are.
 * An index answers alone only for pages VACUUM marked; a test on another schema of this database
 * may hold a snapshot that keeps it from marking them, so until it has.
 */
export function vacuumUntilAllVisible(db: Db, tables: readonly string[]): boolean {
  const names = tables.map((t) => `'${t}'`).join(', ');
  const allVisible = () =>
    db.prepare(`SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname IN (${names}) AND relallvisible < relpages`).pluck().get() === 0;
  for (let i = 0; i < 20 && !(i > 0 && allVisible()); i++) db.exec(`VACUUM (ANALYZE) ${tables.join(', ')}`);
  return allVisible();
}
