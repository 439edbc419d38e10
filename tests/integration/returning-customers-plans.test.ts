// Returning customers read through indexes: a person's candidates by phone tail and by email, and
// repeat_customers's window by the date index, whatever the size of the file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_ROWS } from '../../electron/main/core/figures/repeatCustomers';
import { PEOPLE_WALK } from '../../electron/main/core/repos/customerHistory';
import { BY_EMAIL, BY_PHONE_TAIL, KEYED } from '../../electron/main/core/repos/people';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore();
  t.core.db.exec('ANALYZE');
});
afterEach(() => t.cleanup());

const planOf = (sql: string, ...params: unknown[]) =>
  (t.core.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('returning customers use their indexes', () => {
  it('a person’s candidates: customers_phone_tail and customers_email', () => {
    expect(planOf(BY_PHONE_TAIL, '0104477')).toBe('SEARCH customers USING INDEX customers_phone_tail (<expr>=?)');
    expect(planOf(BY_EMAIL, 'dana@example.com')).toBe('SEARCH customers USING INDEX customers_email (<expr>=?)');
    // personRecords looks up many keys at once (prefetchKeys), through the same indexes.
    expect(planOf(KEYED.tail.sqlite, '["0104477"]')).toMatch(/^SEARCH customers USING INDEX customers_phone_tail \(<expr>=\?\)$/m);
    expect(planOf(KEYED.email.sqlite, '["dana@example.com"]')).toMatch(/^SEARCH customers USING INDEX customers_email \(<expr>=\?\)$/m);
  });

  it('the Customers screen walks the date index from where the last page ended, sorting nothing', () => {
    const plan = planOf(PEOPLE_WALK, { at: '2026-10-01T00:00:00.000Z', id: 5, limit: 1000 });
    expect(plan).toMatch(/SEARCH incidents USING INDEX incidents_occurred \(deleted_at=\? AND /);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('repeat_customers reads the window by the date index, live incidents only', () => {
    const plan = planOf(WINDOW_ROWS, { from: '2026-07-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(plan).toMatch(/SEARCH i USING INDEX incidents_occurred \(deleted_at=\? AND occurred_at>\? AND occurred_at<\?\)/);
    expect(plan).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(plan).not.toMatch(/SCAN (i|c|incidents|customers)\b/);
  });
});
