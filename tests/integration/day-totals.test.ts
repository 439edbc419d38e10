// The day tables of migrations 15 and 19, on both engines: what they hold must be, at every moment, what the
// rows say, and a figure read from them must equal the same count over the rows, for any range.
// The expectations are worked out here in JavaScript from the rows themselves (their instants
// compared as text, as the queries compare them), after random writes through the domain layer:
// new incidents, edits of the day, cause, scores, outcome, channel, severity and category, deletions and undos, compensations
// added, edited, removed and restored, a purge, an import of history, and instants of another shape.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/main/core/db/connect';
import { migrate } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';
import type { Db } from '../../electron/main/core/db/open';
import { PG_MIGRATIONS } from '../../electron/main/core/db/pg/migrations';
import { migratePostgres } from '../../electron/main/core/db/pg/openPg';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { copyBackupRows, schemaAt } from '../../electron/main/core/domain/restore';
import { purgeDeleted } from '../../electron/main/core/domain/deletion';
import { byBreakdown, byRootCause, incidentsByBands, splitByDay, type Band } from '../../electron/main/core/figures/dayTotals';
import { CHANNELS, SEVERITIES } from '../../shared/domain';
import { tempCore, type TempCore } from '../support/core';
import { mulberry32 } from '../support/mulberry32';
import { createTestDatabase, dropTestDatabase, onPostgres } from '../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

let t: TempCore;
beforeEach(() => {
  t = tempCore(NOW);
});
afterEach(() => t.cleanup());

type Incident = {
  id: number;
  at: string;
  cause: number | null;
  before: number | null;
  after: number | null;
  outcome: string;
  channel: string;
  severity: number;
  category: number | null;
  deleted: string | null;
};
type Given = { id: number; at: string; cause: number | null; cost: number; deleted: string | null };

const incidents = (db: Db = t.core.db) =>
  db
    .prepare(`SELECT id, occurred_at AS at, root_cause_id AS cause, score_before AS before, score_after AS after, outcome,
        channel, severity, category_id AS category, deleted_at AS deleted FROM incidents`)
    .all() as Incident[];
const given = (db: Db = t.core.db) =>
  db.prepare('SELECT id, given_at AS at, root_cause_id AS cause, cost, deleted_at AS deleted FROM compensations').all() as Given[];

const band = (s: number | null): Band => (s === null ? 'none' : s <= 6 ? 'detractor' : s <= 8 ? 'passive' : 'promoter');
const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
const nonZero = <K>(m: Map<K, number>) => new Map([...m].filter(([, n]) => n !== 0));
const inRange = (at: string, lo: string, hi: string) => at >= lo && at < hi;

/** The day tables as they are, without the rows whose numbers came back to 0. */
function tables(db: Db) {
  const causes = new Map<string, number>();
  for (const r of db.prepare('SELECT day, root_cause_id AS cause, incidents AS n FROM cause_days').all() as { day: string; cause: number | null; n: number }[]) {
    add(causes, `${r.day}|${r.cause}`, Number(r.n));
  }
  const scores = new Map<string, number>();
  for (const r of db.prepare('SELECT day, before_band AS b, after_band AS a, incidents AS n, retained, lost FROM score_days').all() as {
    day: string;
    b: string;
    a: string;
    n: number;
    retained: number;
    lost: number;
  }[]) {
    add(scores, `${r.day}|${r.b}|${r.a}|n`, Number(r.n));
    add(scores, `${r.day}|${r.b}|${r.a}|retained`, Number(r.retained));
    add(scores, `${r.day}|${r.b}|${r.a}|lost`, Number(r.lost));
  }
  const costs = new Map<string, number>();
  for (const r of db.prepare('SELECT day, root_cause_id AS cause, cost FROM cost_days').all() as { day: string; cause: number | null; cost: number }[]) {
    add(costs, `${r.day}|${r.cause}`, Number(r.cost));
  }
  const breakdowns = new Map<string, number>();
  for (const [table, column] of BREAKDOWNS) {
    for (const r of db.prepare(`SELECT day, ${column} AS k, incidents AS n FROM ${table}`).all() as { day: string; k: string | number | null; n: number }[]) {
      add(breakdowns, `${table}|${r.day}|${r.k}`, Number(r.n));
    }
  }
  return { causes: nonZero(causes), scores: nonZero(scores), costs: nonZero(costs), breakdowns: nonZero(breakdowns) };
}

/** Migration 19's tables and the column each counts by. */
const BREAKDOWNS = [
  ['channel_days', 'channel'],
  ['severity_days', 'severity'],
  ['category_days', 'category_id'],
] as const;
const breakdownKeys = (i: Incident) => ({ channel_days: i.channel, severity_days: i.severity, category_days: i.category });

/** The same, worked out from the rows: live rows of the app's shape, under their first ten characters. */
function fromRows(db: Db) {
  const causes = new Map<string, number>();
  const scores = new Map<string, number>();
  const breakdowns = new Map<string, number>();
  for (const i of incidents(db)) {
    if (i.deleted !== null || !SHAPE.test(i.at)) continue;
    const day = i.at.slice(0, 10);
    add(causes, `${day}|${i.cause}`, 1);
    for (const [table, k] of Object.entries(breakdownKeys(i))) add(breakdowns, `${table}|${day}|${k}`, 1);
    const key = `${day}|${band(i.before)}|${band(i.after)}`;
    add(scores, `${key}|n`, 1);
    add(scores, `${key}|retained`, i.outcome === 'retained' ? 1 : 0);
    add(scores, `${key}|lost`, i.outcome === 'lost' ? 1 : 0);
  }
  const costs = new Map<string, number>();
  for (const c of given(db)) if (c.deleted === null && SHAPE.test(c.at)) add(costs, `${c.at.slice(0, 10)}|${c.cause}`, c.cost);
  return { causes: nonZero(causes), scores: nonZero(scores), costs: nonZero(costs), breakdowns: nonZero(breakdowns) };
}

const sorted = <K, V>(m: Map<K, V>) => [...m].sort(([a], [b]) => String(a).localeCompare(String(b)));
const expectTablesMatchRows = (when: string, db: Db = t.core.db) => {
  const held = tables(db);
  const want = fromRows(db);
  expect(sorted(held.causes), `cause_days ${when}`).toEqual(sorted(want.causes));
  expect(sorted(held.scores), `score_days ${when}`).toEqual(sorted(want.scores));
  expect(sorted(held.costs), `cost_days ${when}`).toEqual(sorted(want.costs));
  expect(sorted(held.breakdowns), `channel_days, severity_days and category_days ${when}`).toEqual(sorted(want.breakdowns));
};

/** Random ranges: whole local days, UTC midnights, odd minutes, a range inside one day, empty and reversed ones. */
function randomRanges(next: () => number, count: number) {
  const start = Date.parse('2025-09-01T00:00:00.000Z');
  const span = Date.parse('2026-11-01T00:00:00.000Z') - start;
  const instant = () => {
    const ms = start + (next() % 1000) * (span / 1000) + (next() % 3 === 0 ? 0 : (next() % 1440) * 60_000);
    return new Date(next() % 4 === 0 ? Math.floor(ms / 86_400_000) * 86_400_000 : ms).toISOString();
  };
  return Array.from({ length: count }, (_, i) => {
    const a = instant();
    const b = i % 9 === 0 ? new Date(Date.parse(a) + (next() % 20) * 3_600_000).toISOString() : instant();
    return i % 13 === 0 ? { fromIso: b, toIso: a } : { fromIso: a < b ? a : b, toIso: a < b ? b : a };
  });
}

/** Each figure read through the day tables equals the same count over the rows, range by range. */
function expectFiguresMatchRows(ranges: { fromIso: string; toIso: string }[]) {
  const rows = incidents().filter((i) => i.deleted === null);
  const comps = given().filter((c) => c.deleted === null);
  const found = byRootCause(t.core.db, { incidents: ranges, costs: ranges });
  const bands = incidentsByBands(t.core.db, ranges);
  ranges.forEach(({ fromIso, toIso }, n) => {
    const what = `[${fromIso}, ${toIso})`;
    const byCause = new Map<number | null, number>();
    for (const i of rows) if (inRange(i.at, fromIso, toIso)) add(byCause, i.cause, 1);
    expect(sorted(nonZero(found.incidents[n]!)), `incidents by cause in ${what}`).toEqual(sorted(byCause));
    const cost = new Map<number | null, number>();
    for (const c of comps) if (inRange(c.at, fromIso, toIso)) add(cost, c.cause, c.cost);
    expect(sorted(nonZero(found.costs[n]!)), `cost by cause in ${what}`).toEqual(sorted(nonZero(cost)));
    const want = new Map<string, number>();
    for (const i of rows) {
      if (!inRange(i.at, fromIso, toIso)) continue;
      const key = `${band(i.before)}|${band(i.after)}`;
      add(want, `${key}|n`, 1);
      add(want, `${key}|retained`, i.outcome === 'retained' ? 1 : 0);
      add(want, `${key}|lost`, i.outcome === 'lost' ? 1 : 0);
    }
    const got = new Map<string, number>();
    for (const r of bands[n]!) {
      add(got, `${r.before}|${r.after}|n`, r.incidents);
      add(got, `${r.before}|${r.after}|retained`, r.retained);
      add(got, `${r.before}|${r.after}|lost`, r.lost);
    }
    expect(sorted(nonZero(got)), `incidents by score bands in ${what}`).toEqual(sorted(nonZero(want)));
    const split = byBreakdown(t.core.db, { fromIso, toIso });
    const counted = new Map<string, number>();
    for (const [table, m] of [
      ['channel_days', split.channel],
      ['severity_days', split.severity],
      ['category_days', split.category],
    ] as const) {
      for (const [k, v] of m as Map<string | number | null, number>) add(counted, `${table}|${k}`, v);
    }
    const byKeys = new Map<string, number>();
    for (const i of rows) if (inRange(i.at, fromIso, toIso)) for (const [table, k] of Object.entries(breakdownKeys(i))) add(byKeys, `${table}|${k}`, 1);
    expect(sorted(nonZero(counted)), `incidents by channel, severity and category in ${what}`).toEqual(sorted(byKeys));
  });
}

describe('a period split into UTC days', () => {
  it('reads whole days from the tables, the hours either side from the rows, and the days’ span for odd instants', () => {
    expect(splitByDay([{ fromIso: '2026-01-01T05:30:00.000Z', toIso: '2026-01-04T05:30:00.000Z' }])).toEqual({
      days: [{ n: 0, lo: '2026-01-02', hi: '2026-01-04' }],
      rows: [
        { n: 0, lo: '2026-01-01T05:30:00.000Z', hi: '2026-01-02T00:00:00.000Z' },
        { n: 0, lo: '2026-01-04T00:00:00.000Z', hi: '2026-01-04T05:30:00.000Z' },
      ],
      odd: [{ n: 0, lo: '2026-01-02T00:00:00.000Z', hi: '2026-01-04T00:00:00.000Z' }],
    });
    // Within one day, or past year 9999 (an instant of another shape): the rows alone.
    expect(splitByDay([{ fromIso: '2026-01-01T05:30:00.000Z', toIso: '2026-01-01T23:00:00.000Z' }]).days).toEqual([]);
    expect(splitByDay([{ fromIso: '9999-12-31T05:00:00.000Z', toIso: '9999-12-31T23:59:59.999Z' }]).rows).toHaveLength(1);
    // Empty and reversed ranges read nothing.
    expect(splitByDay([{ fromIso: '2026-01-02T00:00:00.000Z', toIso: '2026-01-01T00:00:00.000Z' }])).toEqual({ days: [], rows: [], odd: [] });
  });
});

describe('the day tables', () => {
  // 72 rounds of writes through dispatch, each checked against every row: 7 s on the shared database.
  it('hold what the rows say, and every figure read through them equals the rows’ count, through random writes', async () => {
    const next = mulberry32(15);
    generateDemo(t.core.db, { incidents: 400, seed: 15, now: NOW });
    expectTablesMatchRows('after a history of 400 incidents');
    expectFiguresMatchRows(randomRanges(next, 40));

    const causes = (await t.call('rootCauses.list', {})).map((c) => c.id);
    const staff = (await t.call('staff.create', { name: 'Till', monthlyAllowance: 10_000_000 })).id;
    const live = () => incidents().filter((i) => i.deleted === null && SHAPE.test(i.at));
    const pick = <T>(list: T[]) => list[next() % list.length]!;
    const score = () => (next() % 5 === 0 ? null : next() % 11);

    const categories = (await t.call('categories.list', {})).map((c) => c.id);
    for (let round = 0; round < 72; round++) {
      const target = pick(live());
      const step = round % 12;
      if (step === 10) {
        const changes = { channel: pick([...CHANNELS]), severity: pick([...SEVERITIES]) };
        await t.call('incidents.update', { id: target.id, changes: next() % 3 === 0 ? { ...changes, categoryId: pick(categories) } : changes });
      } else if (step === 11) await t.call('incidents.update', { id: target.id, changes: { categoryId: next() % 3 === 0 ? null : pick(categories) } });
      else if (step === 0) {
        const occurredAt = new Date(Date.parse('2026-01-01T00:00:00.000Z') + (next() % 280) * 86_400_000 + (next() % 86_400) * 1000).toISOString();
        await t.call('incidents.create', { whatHappened: `Round ${round}`, occurredAt });
      } else if (step === 1) await t.call('incidents.update', { id: target.id, changes: { rootCauseId: next() % 4 === 0 ? null : pick(causes) } });
      else if (step === 2) await t.call('incidents.update', { id: target.id, changes: { scoreBefore: score(), scoreAfter: score() } });
      else if (step === 3) await t.call('incidents.update', { id: target.id, changes: { outcome: pick(['unknown', 'retained', 'lost'] as const) } });
      else if (step === 4) {
        const occurredAt = new Date(Date.parse(target.at) - (next() % 72) * 3_600_000).toISOString();
        const r = await t.raw('incidents.update', { id: target.id, changes: { occurredAt } });
        if (!r.ok) expect(r.message).toMatch(/compensation|before/i); // a compensation may not come before its incident
      } else if (step === 5) await t.call('incidents.remove', { id: target.id });
      else if (step === 6) {
        const gone = incidents().filter((i) => i.deleted !== null);
        if (gone.length > 0) await t.call('incidents.restore', { id: pick(gone).id });
      } else if (step === 7) {
        const givenAt = new Date(Math.max(Date.parse(target.at), Date.parse(target.at) + (next() % 48) * 3_600_000)).toISOString();
        await t.call('compensations.add', { incidentId: target.id, kind: 'refund', cost: 50 * (1 + (next() % 40)), givenById: staff, givenAt });
      } else if (step === 8) {
        const mine = given().filter((c) => c.deleted === null);
        if (mine.length > 0) {
          const c = pick(mine);
          await t.call('compensations.update', { id: c.id, changes: { cost: c.cost + 25 } });
        }
      } else {
        const mine = given().filter((c) => c.deleted === null);
        if (mine.length > 0) await t.call('compensations.remove', { id: pick(mine).id });
      }
      expectTablesMatchRows(`after round ${round} (step ${step})`);
    }
    expectFiguresMatchRows(randomRanges(next, 40));

    // Two causes merged: the one merged away leaves day rows at 0 that name no cause, and every
    // chart still answers within the contract (dispatch checks each response) with the rows' counts.
    const [from, into] = (await t.call('rootCauses.list', {})).filter((c) => live().some((i) => i.cause === c.id));
    await t.call('rootCauses.merge', { fromId: from!.id, intoId: into!.id });
    expectTablesMatchRows('after two causes were merged');
    expectFiguresMatchRows(randomRanges(next, 10));
    for (const chart of ['pareto', 'trend', 'callouts', 'recovery'] as const) {
      const answer = await t.call(`patterns.${chart}`, { from: '2025-10-01', to: '2026-10-20' });
      expect(JSON.stringify(answer)).not.toContain(`"rootCauseId":${from!.id},`);
    }

    // A purge of what was deleted long ago, and instants of another shape (an old or hand-edited file).
    purgeDeleted(t.core.db, new Date(NOW.getTime() + 400 * 86_400_000));
    expectTablesMatchRows('after a purge');
    // Rows deleted for good while live (as a move to the shared database clears its tables first).
    t.core.db.prepare('DELETE FROM compensations WHERE id = (SELECT max(id) FROM compensations WHERE deleted_at IS NULL)').run();
    t.core.db.prepare('DELETE FROM incidents WHERE id = (SELECT max(id) FROM incidents WHERE deleted_at IS NULL)').run();
    expectTablesMatchRows('after live rows were deleted');
    const [a, b] = live();
    t.core.db.prepare('UPDATE incidents SET occurred_at = ? WHERE id = ?').run('2026-03-05 10:00:00', a!.id);
    t.core.db.prepare('UPDATE incidents SET occurred_at = ? WHERE id = ?').run('2026-03-05T23:00:00+02:00', b!.id);
    t.core.db.prepare('UPDATE compensations SET given_at = ? WHERE id = (SELECT min(id) FROM compensations WHERE deleted_at IS NULL)').run('2026-03-05');
    expectTablesMatchRows('after instants of another shape');
    expectFiguresMatchRows([
      { fromIso: '2026-03-01T00:00:00.000Z', toIso: '2026-03-10T00:00:00.000Z' },
      { fromIso: '2026-03-04T22:00:00.000Z', toIso: '2026-03-06T01:00:00.000Z' },
      { fromIso: '2026-03-05T00:00:00.000Z', toIso: '2026-03-06T00:00:00.000Z' },
      ...randomRanges(next, 20),
    ]);
  }, 30_000);
});

describe('an upgrade to migration 15', () => {
  it('fills the day tables from the rows the file or database already has', () => {
    // A database at version 14 with a history in it, on this run's engine, then brought up to date.
    const url = onPostgres ? createTestDatabase() : null;
    const db = (url ? new PgDb({ url }) : connect(':memory:')) as Db;
    try {
      if (db instanceof PgDb) {
        migratePostgres(db, PG_MIGRATIONS.filter((m) => m.version <= 14));
        generateDemo(db, { incidents: 300, seed: 21, now: NOW });
      } else {
        // SQLite's history writer needs today's schema: the history is made in a file of today's,
        // and its rows copied into one at version 14 as a restore copies a backup's.
        migrate(db as never, MIGRATIONS.filter((m) => m.version <= 14));
        generateDemo(t.core.db, { incidents: 300, seed: 21, now: NOW });
        t.core.db.pragma('wal_checkpoint(TRUNCATE)');
        db.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
        copyBackupRows(db, schemaAt(14, (path) => connect(path)), 'the history');
        db.exec('DETACH DATABASE backup');
      }
      db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 17 = 0").run();
      db.prepare("UPDATE incidents SET occurred_at = '2026-02-03 09:00' WHERE id % 41 = 0 AND deleted_at IS NULL AND id NOT IN (SELECT incident_id FROM compensations)").run();
      if (db instanceof PgDb) migratePostgres(db);
      else migrate(db as never);
      expect(db.prepare('SELECT count(*) FROM cause_days').pluck().get()).toBeGreaterThan(0);
      expectTablesMatchRows('after the upgrade', db);
    } finally {
      db.close();
      if (url) dropTestDatabase(url);
    }
  });
});

describe.skipIf(onPostgres)('an upgrade to migration 16 (the SQLite file)', () => {
  it("totals a file at 15 from its rows, whatever 15's triggers left, and keeps them with 16's", () => {
    const db = connect(':memory:') as unknown as Db;
    try {
      migrate(db as never, MIGRATIONS.filter((m) => m.version <= 15));
      generateDemo(t.core.db, { incidents: 300, seed: 23, now: NOW });
      t.core.db.pragma('wal_checkpoint(TRUNCATE)');
      db.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
      copyBackupRows(db, schemaAt(15, (path) => connect(path)), 'the history');
      db.exec('DETACH DATABASE backup');
      // Totals 15's triggers did not keep (a copy bypasses none, but an old file may hold any).
      db.prepare('UPDATE cause_days SET incidents = incidents + 7').run();
      db.prepare('DELETE FROM cost_days WHERE rowid % 2 = 0').run();
      migrate(db as never);
      expectTablesMatchRows('after 16', db);
      db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 13 = 0").run();
      db.prepare('DELETE FROM compensations WHERE id % 5 = 0').run();
      expectTablesMatchRows("after writes through 16's triggers", db);
    } finally {
      db.close();
    }
  });
});

describe.skipIf(onPostgres)('a restored backup (the SQLite file)', () => {
  it('has day tables made from its rows, never copied from the backup', async () => {
    generateDemo(t.core.db, { incidents: 300, seed: 22, now: NOW });
    const { name } = await t.call('data.backup', {});
    // Whatever the backup's own tables said, and whatever was logged after it, the restore totals its rows.
    t.core.db.prepare('UPDATE cause_days SET incidents = incidents + 1000').run();
    const before = fromRows(t.core.db);
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    await t.call('data.restore', { name });
    expectTablesMatchRows('after a restore');
    expect(sorted(tables(t.core.db).causes)).toEqual(sorted(before.causes));
    expect(t.core.db.prepare('SELECT count(*) FROM day_totals_held').pluck().get()).toBe(0);
  });
});

describe.skipIf(onPostgres)('a restored backup of an older version (the SQLite file)', () => {
  // A backup at 15 has 0015's own triggers and no hold; one at 16–18 the hold but not 0019's tables:
  // each is copied at its own version, and the migrations after it total what it lacks.
  it.each([14, 15, 16, 18])('at version %i has every day table made from its rows', async (version) => {
    generateDemo(t.core.db, { incidents: 200, seed: 24 + version, now: NOW });
    t.core.db.prepare("UPDATE incidents SET deleted_at = '2026-10-01T00:00:00.000Z' WHERE id % 11 = 0").run();
    t.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fromRows(t.core.db);
    mkdirSync(join(t.dir, 'backups'), { recursive: true });
    const name = `version-${version}.sqlite`;
    const old = connect(join(t.dir, 'backups', name));
    try {
      migrate(old as never, MIGRATIONS.filter((m) => m.version <= version));
      old.prepare('ATTACH DATABASE ? AS backup').run(t.core.db.name);
      copyBackupRows(old as unknown as Db, schemaAt(version, (path) => connect(path)), 'the history');
      old.exec('DETACH DATABASE backup');
    } finally {
      old.close();
    }
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    await t.call('data.restore', { name });
    expectTablesMatchRows(`after restoring a backup at version ${version}`);
    expect(sorted(tables(t.core.db).breakdowns)).toEqual(sorted(before.breakdowns));
  });
});
