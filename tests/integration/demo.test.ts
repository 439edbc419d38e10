import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';

const cores: TempCore[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

const now = new Date('2026-11-20T15:00:00.000Z');
function demo(seed: number, incidents = 400) {
  const t = tempCore(now);
  cores.push(t);
  generateDemo(t.core.db, { incidents, seed, now });
  return t;
}
const dump = (t: TempCore) => JSON.stringify(t.core.db.prepare('SELECT * FROM incidents ORDER BY id').all());

describe('demo data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(dump(demo(7))).toBe(dump(demo(7)));
    expect(dump(demo(7))).not.toBe(dump(demo(8)));
  }, 30_000); // four demos of 400: seconds on the shared database

  it('spans the past year, never the future, with recurring causes, follow-ups and scores', () => {
    const { core } = demo(3, 2000);
    const q = <T>(sql: string) => core.db.prepare(sql).get() as T;
    const span = q<{ first: string; last: string }>('SELECT min(occurred_at) AS first, max(occurred_at) AS last FROM incidents');
    expect(+new Date(span.last)).toBeLessThanOrEqual(+now);
    expect(+now - +new Date(span.first)).toBeGreaterThan(300 * 86_400_000);
    const after = `> '${now.toISOString()}'`;
    const future = q<{ n: number }>(`SELECT count(*) AS n FROM incidents WHERE occurred_at ${after} OR resolved_at ${after} OR diagnosed_at ${after} OR followed_up_at ${after}`);
    expect(future.n).toBe(0);
    const top = core.db.prepare('SELECT root_cause_id, count(*) AS n FROM incidents WHERE root_cause_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC').all() as { n: number }[];
    expect(top[0]!.n).toBeGreaterThan(3 * top.at(-1)!.n);
    expect(q<{ n: number }>('SELECT count(*) AS n FROM incidents WHERE follow_up_due_at IS NOT NULL').n).toBeGreaterThan(300);
    expect(q<{ n: number }>('SELECT count(*) AS n FROM incidents WHERE score_before <= 6 AND score_after >= 9').n).toBeGreaterThan(50);
    expect(q<{ n: number }>("SELECT count(*) AS n FROM incidents WHERE status = 'closed'").n).toBeGreaterThan(100);
    expect(q<{ n: number }>('SELECT count(*) AS n FROM staff').n).toBeGreaterThan(3);
  }, 30_000); // a demo of 2,000: seconds on the shared database, more on a slow day

  it('gives compensations, with an approver wherever a person went past their monthly allowance', async () => {
    const { format } = await import('date-fns');
    const { core } = demo(4, 1500);
    const rows = core.db
      .prepare('SELECT c.cost, c.given_at, c.approved_by_id, s.id AS staff, s.monthly_allowance AS allowance FROM compensations c JOIN staff s ON s.id = c.given_by_id')
      .all() as { cost: number; given_at: string; approved_by_id: number | null; staff: number; allowance: number }[];
    expect(rows.length).toBeGreaterThan(300);
    const unapproved = new Map<string, { sum: number; allowance: number }>();
    for (const r of rows.filter((r) => r.approved_by_id === null)) {
      const key = `${r.staff}:${format(new Date(r.given_at), 'yyyy-MM')}`;
      const entry = unapproved.get(key) ?? { sum: 0, allowance: r.allowance };
      entry.sum += r.cost;
      unapproved.set(key, entry);
    }
    for (const { sum, allowance } of unapproved.values()) expect(sum).toBeLessThanOrEqual(allowance);
    expect(rows.filter((r) => r.approved_by_id !== null).length).toBeGreaterThan(10);
  }, 30_000);

  it('has customers who come back, their phone typed another way, so Customers and repeat_customers show something', async () => {
    const t = demo(6, 2000);
    const figures = await t.call('figures.month', { month: '2026-10' });
    expect(figures.repeat_customers).toBeGreaterThan(2);
    const repeat = await t.call('customers.list', { repeatOnly: true });
    expect(repeat.people.length).toBeGreaterThan(10);
    // Recognised across formats: a person's records hold the same number written two ways.
    const people = await Promise.all(repeat.people.map((p) => t.call('customers.person', { id: p.id })));
    expect(people.every((p) => p.incidents.length > 1)).toBe(true);
    expect(people.some((p) => p.phones.length === 2)).toBe(true);
  }, 30_000);

  it('counts as set up: it never opens on the first-run set-up', async () => {
    expect((await demo(5, 50).call('setup.status', {})).needed).toBe(false);
  });

  it('goes only into an empty journal', async () => {
    const t = tempCore(now);
    cores.push(t);
    await t.call('incidents.create', { whatHappened: 'A real one' });
    expect(() => generateDemo(t.core.db, { incidents: 10, seed: 1, now })).toThrow(/already holds 1 incidents/);
    expect((await t.call('incidents.list', {})).total).toBe(1);
  });
});

describe('backup', () => {
  // A copy of the SQLite file; on the shared PostgreSQL database backups are the server's job (pg_dump).
  it.skipIf(onPostgres)('writes a consistent copy that opens with every incident', async () => {
    const { backupDatabase } = await import('../../electron/main/core/backup');
    const { openDatabase } = await import('../../electron/main/core/db/open');
    const t = demo(5, 50);
    const out = await backupDatabase(t.core.db, `${t.dir}/backups/copy.sqlite`);
    const copy = openDatabase(out);
    expect((copy.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n).toBe(50);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });
});
