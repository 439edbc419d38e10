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
import { planWithoutScans, vacuumUntilAllVisible } from '../../support/pgPlans';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
let t: TempCore;

const plan = (sql: string, ...params: unknown[]): string => planWithoutScans(t.core.db, sql, ...params);

describe.runIf(onPostgres)('a month’s figures on the shared database', () => {
  beforeAll(() => {
    t = tempCore(NOW);
    generateDemo(t.core.db, { incidents: 800, seed: 5, now: NOW });
    expect(vacuumUntilAllVisible(t.core.db, ['incidents', 'customers'])).toBe(true);
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
