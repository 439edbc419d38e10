// The day tables of migrations 15 and 19 as they are, and as the rows say they should be, worked out
// in JavaScript from the rows themselves: live rows whose instant has the app's shape, under their
// first ten characters (tests/integration/day-totals*.test.ts).
import { expect } from 'vitest';
import type { Db } from '../../electron/main/core/db/open';
import type { Band } from '../../electron/main/core/figures/dayTotals';

/** The one shape of instant the app writes: only these count in the day tables. */
export const SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export type Incident = {
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
export type Given = { id: number; at: string; cause: number | null; cost: number; deleted: string | null };

/** Every incident, live or deleted, with what the day tables count it by. */
export const incidentRows = (db: Db) =>
  db
    .prepare(`SELECT id, occurred_at AS at, root_cause_id AS cause, score_before AS before, score_after AS after, outcome,
        channel, severity, category_id AS category, deleted_at AS deleted FROM incidents`)
    .all() as Incident[];
/** Every compensation, live or deleted. */
export const compensationRows = (db: Db) =>
  db.prepare('SELECT id, given_at AS at, root_cause_id AS cause, cost, deleted_at AS deleted FROM compensations').all() as Given[];

export const band = (s: number | null): Band => (s === null ? 'none' : s <= 6 ? 'detractor' : s <= 8 ? 'passive' : 'promoter');
export const add = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
export const nonZero = <K>(m: Map<K, number>) => new Map([...m].filter(([, n]) => n !== 0));
export const inRange = (at: string, lo: string, hi: string) => at >= lo && at < hi;

/** The day tables as they are, without the rows whose numbers came back to 0. */
export function dayTables(db: Db) {
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
export const BREAKDOWNS = [
  ['channel_days', 'channel'],
  ['severity_days', 'severity'],
  ['category_days', 'category_id'],
] as const;
export const breakdownKeys = (i: Incident) => ({ channel_days: i.channel, severity_days: i.severity, category_days: i.category });

/** The same, worked out from the rows: live rows of the app's shape, under their first ten characters. */
export function dayTablesFromRows(db: Db) {
  const causes = new Map<string, number>();
  const scores = new Map<string, number>();
  const breakdowns = new Map<string, number>();
  for (const i of incidentRows(db)) {
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
  for (const c of compensationRows(db)) if (c.deleted === null && SHAPE.test(c.at)) add(costs, `${c.at.slice(0, 10)}|${c.cause}`, c.cost);
  return { causes: nonZero(causes), scores: nonZero(scores), costs: nonZero(costs), breakdowns: nonZero(breakdowns) };
}

export const sorted = <K, V>(m: Map<K, V>) => [...m].sort(([a], [b]) => String(a).localeCompare(String(b)));
/** Each day table holds what the rows say. */
export const expectDayTablesMatchRows = (db: Db, when: string) => {
  const held = dayTables(db);
  const want = dayTablesFromRows(db);
  expect(sorted(held.causes), `cause_days ${when}`).toEqual(sorted(want.causes));
  expect(sorted(held.scores), `score_days ${when}`).toEqual(sorted(want.scores));
  expect(sorted(held.costs), `cost_days ${when}`).toEqual(sorted(want.costs));
  expect(sorted(held.breakdowns), `channel_days, severity_days and category_days ${when}`).toEqual(sorted(want.breakdowns));
};
