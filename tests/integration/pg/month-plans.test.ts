// A month's figures on the shared database read 0014's covering indexes, never the tables: the
// returning customers' window (incidents_month and customers_keys), the median time to resolve
// and the share resolved the same day (incidents_month). At 100,000 incidents that took the
// month's figures from 95-126 ms to 75 (README, Performance); here, that the indexes hold every
// column these statements read, so a column added to one of them later fails this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/main/core/demo/generate';
import { PG_MEDIAN_MS, PG_RESOLVED_SAME_DAY } from '../../../electron/main/core/figures/month';
import { rangesParam } from '../../../electron/main/core/figures/period';
import { PG_WINDOW_ROWS } from '../../../electron/main/core/figures/repeatCustomers';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
let t: TempCore;

/** The plan PostgreSQL makes with scans of the table priced out: only an index can serve, and one that holds every column read serves alone. */
function plan(sql: string, ...params: unknown[]): string {
  const db = t.core.db;
  return db.transaction(() => {
    db.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off');
    return (db.prepare(`EXPLAIN ${sql}`).all(...params) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
  })();
}

describe.runIf(onPostgres)('a month’s figures on the shared database', () => {
  beforeAll(() => {
    t = tempCore(NOW);
    generateDemo(t.core.db, { incidents: 800, seed: 5, now: NOW });
    // An index answers alone only for pages VACUUM marked all-visible; a test on another schema
    // of this database may hold a snapshot that keeps it from marking them, so until it has.
    const allVisible = () =>
      t.core.db
        .prepare("SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname IN ('incidents', 'customers') AND relallvisible < relpages")
        .pluck()
        .get() === 0;
    for (let i = 0; i < 20 && !(i > 0 && allVisible()); i++) t.core.db.exec('VACUUM (ANALYZE) incidents, customers');
    expect(allVisible()).toBe(true);
  });
  afterAll(() => t.cleanup());

  it('returning customers: the window’s incidents and their customers’ keys from two indexes alone', () => {
    const p = plan(PG_WINDOW_ROWS, { from: '2026-06-01T00:00:00.000Z', to: '2026-10-01T00:00:00.000Z' });
    expect(p).toMatch(/Index Only Scan using incidents_month on incidents i/);
    expect(p).toMatch(/Index Only Scan using customers_keys on customers c/);
    expect(p).not.toMatch(/(Seq Scan|Index Scan|Bitmap Heap Scan) (using \w+ )?on (incidents|customers)\b/);
  });

  it('the median time to resolve and the share resolved the same day: incidents_month alone', () => {
    const month = ['2026-09-01T04:00:00.000Z', '2026-10-01T04:00:00.000Z'];
    expect(plan(PG_MEDIAN_MS, ...month)).toMatch(/Index Only Scan using incidents_month on incidents/);
    const days = Array.from({ length: 30 }, (_, d) => ({
      fromIso: new Date(Date.parse(month[0]!) + d * 86_400_000).toISOString(),
      toIso: new Date(Date.parse(month[0]!) + (d + 1) * 86_400_000).toISOString(),
    }));
    const sameDay = plan(PG_RESOLVED_SAME_DAY, rangesParam(days));
    expect(sameDay).toMatch(/Index Only Scan using incidents_month on incidents i/);
    expect(sameDay).not.toMatch(/(Seq Scan|Index Scan|Bitmap Heap Scan) (using \w+ )?on incidents\b/);
  });
});
