// Search everywhere's Customers group on the shared database looks for a name's words in 0017's
// index of ids and lowered names alone, newest first, reads the rows of the hits only, and looks
// up their phone tails and emails through those indexes. Through the table it read every
// customer's whole row: 8 ms over 55,000 customers against 5 (README, Performance). Here, that the
// plans stay so when a statement or an index changes, and that the hits are the customers whose
// lowered name holds the word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStatements } from '../../../bench/lib/capture';
import { generateDemo } from '../../../electron/main/core/demo/generate';
import { KEYED, lookupKeys } from '../../../electron/main/core/repos/people';
import { tempCore, type TempCore } from '../../support/core';
import { explain, planWithoutScans, vacuumUntilAllVisible } from '../../support/pgPlans';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
let t: TempCore;

describe.runIf(onPostgres)('search everywhere for a name on the shared database', () => {
  beforeAll(() => {
    t = tempCore(NOW);
    generateDemo(t.core.db, { incidents: 800, seed: 5, now: NOW });
    expect(vacuumUntilAllVisible(t.core.db, ['customers'])).toBe(true);
  });
  afterAll(() => t.cleanup());

  it('reads the names from customers_names alone, newest first, and the rows of the hits by key', async () => {
    const db = t.core.db;
    const surname = (db.prepare('SELECT name FROM customers ORDER BY id DESC LIMIT 1').pluck().get() as string).split(' ').at(-1)!;
    const calls = await captureStatements(db, () => t.call('search.everywhere', { q: surname.toUpperCase(), limit: 20 }));
    const byName = calls.filter((c) => /FROM customers WHERE id = ANY \(ARRAY\(SELECT id FROM customers WHERE strpos/.test(c.sql));
    expect(byName).toHaveLength(1);
    const plan = planWithoutScans(db, byName[0]!.sql, ...byName[0]!.args);
    // The ids first (an InitPlan, once), then the rows by key: never a walk of the whole table.
    expect(plan).toMatch(/InitPlan 1[\s\S]*Limit\s+\([^)]*\)\s+->\s+Index Only Scan Backward using customers_names on customers/);
    expect(plan).toMatch(/Index Scan (Backward )?using (customers_pkey|customers_names) on customers\s+\([^)]*\)\s+Index Cond: \(id = ANY \(\$0\)\)/);
    // The hits, newest first, are the customers whose lowered name holds the word.
    const found = db.prepare(byName[0]!.sql).all(...byName[0]!.args) as { id: number; name: string }[];
    const expected = db
      .prepare('SELECT id, name FROM customers WHERE lower(name) LIKE ? ORDER BY id DESC LIMIT 40')
      .all(`%${surname.toLowerCase()}%`) as { id: number; name: string }[];
    expect(found.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(found.length).toBeGreaterThan(0);
  });

  it('looks up the hits’ phone tails and emails through their indexes, the keys made first as one array', () => {
    const db = t.core.db;
    const { phone, email } = db.prepare("SELECT phone, email FROM customers WHERE phone <> '' AND email <> '' ORDER BY id DESC LIMIT 1").get() as { phone: string; email: string };
    const { tail, email: key } = lookupKeys({ name: '', phone, email });
    for (const [sql, keys] of [[KEYED.tail.postgres, [tail]], [KEYED.email.postgres, [key, 'someone@example.com']]] as const) {
      const plan = explain(db, sql, JSON.stringify(keys));
      // Whatever the table's size, never a walk of every customer for a key or two (as IN (SELECT …) planned).
      expect(plan).toMatch(/Index Cond: \(.* = ANY \(\$0\)\)/);
      expect(plan).toMatch(/(Index Scan using|Bitmap Index Scan on) (customers_email|customers_phone_tail)\b/);
      expect(plan).not.toMatch(/Seq Scan on customers/);
      expect((db.prepare(sql).all(JSON.stringify(keys)) as { k: string }[]).map((r) => r.k)).toContain(keys[0]);
    }
  });
});
