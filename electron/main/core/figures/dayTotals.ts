import type { CauseGroup } from '../../../../shared/domain';
import { bySql, isPostgres } from '../db/engine';
import { INSTANT_SHAPE, SQLITE_INSTANT_GLOB, scoreBandSql } from '../db/dayTotalsSql';
import type { Db } from '../db/open';

// Patterns' counts over long periods, read from migration 15's day tables (cause_days, score_days,
// cost_days) and 19's (channel_days, severity_days, category_days): a year is a few thousand rows
// on either engine, however many incidents it holds.
//
// The tables count by UTC day; a period is the shop's local days, so its instants rarely fall on
// UTC midnights. Each range [from, to) is read in three parts that add up to it exactly:
//   - its whole UTC days, from the day table;
//   - the hours before its first UTC midnight and after its last, from the rows (incidents_occurred
//     or compensations_given_at: a few hours of rows);
//   - within the whole days, any row whose instant is not of the app's shape, which the day tables
//     leave out (the *_odd_instant indexes: none, unless an old or hand-edited file has them).
// tests/integration/day-totals.test.ts holds every figure equal to the same count over the rows.


export type Range = { fromIso: string; toIso: string };
type Span = { n: number; lo: string; hi: string };
const PARTS = ['days', 'rows', 'odd'] as const;
type Part = (typeof PARTS)[number];

/** Each range's whole UTC days (as YYYY-MM-DD), the instants either side, and the days' span as instants. */
export function splitByDay(ranges: readonly Range[]): Record<Part, Span[]> {
  const days: Span[] = [];
  const rows: Span[] = [];
  const odd: Span[] = [];
  ranges.forEach(({ fromIso: lo, toIso: hi }, n) => {
    if (!(lo < hi)) return;
    const first = lo.endsWith('T00:00:00.000Z') ? lo : nextMidnight(lo);
    const last = `${hi.slice(0, 10)}T00:00:00.000Z`;
    if (!INSTANT_SHAPE.test(lo) || !INSTANT_SHAPE.test(hi) || !INSTANT_SHAPE.test(first) || !(first < last)) {
      rows.push({ n, lo, hi });
      return;
    }
    days.push({ n, lo: first.slice(0, 10), hi: last.slice(0, 10) });
    odd.push({ n, lo: first, hi: last });
    if (lo < first) rows.push({ n, lo, hi: first });
    if (last < hi) rows.push({ n, lo: last, hi });
  });
  return { days, rows, odd };
}

function nextMidnight(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return Number.isNaN(+d) ? '' : d.toISOString();
}

/** One day table and the rows it sums: the same keys and values (summed), said for each. */
interface Totals {
  table: string;
  keys: readonly string[];
  values: readonly string[];
  rows: { table: string; at: string; index: string; keys: readonly string[]; values: readonly string[] };
  /** The first key is a root cause: each row also carries its name and group (null for none). */
  named?: true;
}

const CAUSES: Totals = {
  table: 'cause_days',
  keys: ['root_cause_id'],
  values: ['incidents'],
  named: true,
  rows: { table: 'incidents', at: 'occurred_at', index: 'incidents_occurred', keys: ['root_cause_id'], values: ['1'] },
};
const COSTS: Totals = {
  table: 'cost_days',
  keys: ['root_cause_id'],
  values: ['cost'],
  named: true,
  rows: { table: 'compensations', at: 'given_at', index: 'compensations_given_at', keys: ['root_cause_id'], values: ['cost'] },
};
const SCORES: Totals = {
  table: 'score_days',
  keys: ['before_band', 'after_band'],
  values: ['incidents', 'retained', 'lost'],
  rows: {
    table: 'incidents',
    at: 'occurred_at',
    index: 'incidents_occurred',
    keys: [scoreBandSql('score_before'), scoreBandSql('score_after')],
    values: ['1', "CASE WHEN outcome = 'retained' THEN 1 ELSE 0 END", "CASE WHEN outcome = 'lost' THEN 1 ELSE 0 END"],
  },
};

/**
 * Migration 19's: live incidents by a column of theirs. The key is read as text, so the three
 * tables are one statement on PostgreSQL (a UNION's columns have one type); byBreakdown reads it back.
 */
const breakdown = (table: string, column: string, key = column): Totals => ({
  table,
  keys: [key],
  values: ['incidents'],
  rows: { table: 'incidents', at: 'occurred_at', index: 'incidents_occurred', keys: [key], values: ['1'] },
});
const CHANNEL_DAYS = breakdown('channel_days', 'channel');
const SEVERITY_DAYS = breakdown('severity_days', 'severity', 'CAST(severity AS TEXT)');
const CATEGORY_DAYS = breakdown('category_days', 'category_id', 'CAST(category_id AS TEXT)');

/** A row of totals: the range it counts in, its keys (k0…) and its values (v0…). */
type Row = {
  range: number;
  k0: string | number | null;
  k1?: string;
  v0: number;
  v1?: number;
  v2?: number;
  name?: string | null;
  group?: string | null;
  /** JSON text on SQLite, parsed on PostgreSQL. */
  lessons?: string | Lesson[];
};

const columns = (list: readonly string[], prefix: string) => list.map((x, i) => `${x} AS ${prefix}${i}`).join(', ');

/** What to total, in which ranges. */
type Ask = { t: Totals; ranges: readonly Range[] };

/**
 * Each ask's totals in each of its ranges. On PostgreSQL every ask and part is one statement (a
 * round trip costs what reading a year of day rows does); asks read together must have as many
 * keys and values. SQLite reads each part with its own statement: it has no round trips.
 */
function read(db: Db, asks: readonly Ask[], { lessons = false } = {}): Row[][] {
  const pg = isPostgres(db);
  const { t: first } = asks[0]!;
  const groups = first.keys.map((_, i) => `k${i}`).join(', ');
  const sums = first.values.map((_, j) => `sum(v${j}) AS v${j}`).join(', ');
  // A day row moved to 0 stays (an edit moved its incidents away, or its root cause was merged
  // into another and deleted): it counts for nothing, and names no cause.
  const someNonZero = `HAVING ${first.values.map((_, j) => `sum(v${j}) <> 0`).join(' OR ')}`;
  // A root cause's name and group beside its id, and if asked its lessons: no round trip for them.
  const named = (sql: string) =>
    first.named ? `SELECT u.*, c.name, c.cause_group AS "group"${lessons ? `, ${lessonsOf(db)} AS lessons` : ''} FROM (${sql}) u LEFT JOIN root_causes c ON c.id = u.k0` : sql;
  // An ask's rows in one part, between `lo` and `hi` (SQL: the part's columns on PostgreSQL, `?` on SQLite).
  const from = ({ t }: Ask, part: Part, lo: string, hi: string) => {
    const r = t.rows;
    if (part === 'days') return `SELECT ${columns(t.keys, 'k')}, ${columns(t.values, 'v')} FROM ${t.table} WHERE day >= ${lo} AND day < ${hi}`;
    const odd = part === 'odd' ? `AND ${pg ? `makegood_day(${r.at}) IS NULL` : `NOT (${r.at} GLOB ${SQLITE_INSTANT_GLOB})`}` : '';
    return `SELECT ${columns(r.keys, 'k')}, ${columns(r.values, 'v')} FROM ${r.table}
      ${pg ? '' : `INDEXED BY ${part === 'rows' ? r.index : `${r.table}_odd_instant`}`}
      WHERE deleted_at IS NULL ${odd} AND ${r.at} >= ${lo} AND ${r.at} < ${hi}`;
  };
  const work = asks.flatMap((ask, i) => {
    const split = splitByDay(ask.ranges);
    return PARTS.filter((part) => split[part].length > 0).map((part) => ({ ask, i, part, spans: split[part] }));
  });
  const out = asks.map(() => [] as Row[]);
  if (pg) {
    if (work.length === 0) return out;
    const sql = work
      .map(({ ask, i, part }, n) => `SELECT ${i} AS ask, p.n AS range, ${groups}, ${sums}
         FROM jsonb_to_recordset(?${n + 1}::jsonb) AS p(n int, lo text, hi text) CROSS JOIN LATERAL (${from(ask, part, 'p.lo', 'p.hi')}) x
         GROUP BY 2, ${groups} ${someNonZero}`)
      .join(' UNION ALL ');
    const rows = db.prepare(named(sql)).all(...work.map(({ spans }) => JSON.stringify(spans))) as (Row & { ask: number })[];
    for (const { ask, ...row } of rows) out[ask]!.push(row);
    return out;
  }
  for (const { ask, i, part, spans } of work) {
    const stmt = db.prepare(named(`SELECT ${groups}, ${sums} FROM (${from(ask, part, '?', '?')}) GROUP BY ${groups} ${someNonZero}`));
    for (const p of spans) for (const row of stmt.all(p.lo, p.hi) as Omit<Row, 'range'>[]) out[i]!.push({ range: p.n, ...row });
  }
  return out;
}

/** A cause's lessons to show beside it (as JSON): open ones first, then the latest, five at most. */
const lessonsOf = (db: Db) => {
  const list = `SELECT id, title, status, updated_at, status IN ('done', 'dropped') AS done FROM lessons
    WHERE root_cause_id = c.id ORDER BY 5, updated_at DESC, id DESC LIMIT 5`;
  const order = 'ORDER BY done, updated_at DESC, id DESC';
  return bySql(db, {
    sqlite: `(SELECT json_group_array(json_object('id', id, 'title', title, 'status', status) ${order}) FROM (${list}))`,
    postgres: `(SELECT coalesce(json_agg(json_build_object('id', id, 'title', title, 'status', status) ${order}), '[]') FROM (${list}) l)`,
  });
};

export interface Lesson {
  id: number;
  title: string;
  status: string;
}

export interface Cause {
  id: number;
  name: string;
  group: CauseGroup;
}

type ByCause = Map<number | null, number>[];

/** Per range, the number under each root cause (null: none); and each cause met, by id. */
function byCause(rows: Row[], ranges: readonly Range[], causes: Map<number, Cause>, lessons: Map<number, Lesson[]>): ByCause {
  const out = ranges.map(() => new Map<number | null, number>());
  for (const r of rows) {
    const m = out[r.range]!;
    const id = r.k0 as number | null;
    // A cause no longer in the list counts nowhere, as before the day tables (only a file whose
    // foreign keys were broken outside Makegood can have incidents under one).
    if (id !== null && (r.name === null || r.name === undefined)) continue;
    m.set(id, (m.get(id) ?? 0) + Number(r.v0));
    if (id !== null) causes.set(id, { id, name: r.name!, group: r.group as CauseGroup });
    if (id !== null && r.lessons !== undefined) lessons.set(id, typeof r.lessons === 'string' ? (JSON.parse(r.lessons) as Lesson[]) : r.lessons);
  }
  return out;
}

/**
 * Live incidents per root cause (null: not diagnosed) in each of `incidents` (by occurred_at), and
 * compensation given per root cause in each of `costs` (by given_at), with each cause met and, if
 * asked, its lessons: together, one round trip.
 */
export function byRootCause(
  db: Db,
  ranges: { incidents?: readonly Range[]; costs?: readonly Range[] },
  { lessons = false } = {},
): { incidents: ByCause; costs: ByCause; causes: Map<number, Cause>; lessons: Map<number, Lesson[]> } {
  const incidents = ranges.incidents ?? [];
  const costs = ranges.costs ?? [];
  const [counted, given] = read(
    db,
    [
      { t: CAUSES, ranges: incidents },
      { t: COSTS, ranges: costs },
    ],
    { lessons },
  ) as [Row[], Row[]];
  const causes = new Map<number, Cause>();
  const found = new Map<number, Lesson[]>();
  return { incidents: byCause(counted, incidents, causes, found), costs: byCause(given, costs, causes, found), causes, lessons: found };
}

export type Band = 'none' | 'detractor' | 'passive' | 'promoter';

/** Live incidents in each range by the bands of their scores before and after, with how many were retained and lost. */
export function incidentsByBands(db: Db, ranges: readonly Range[]): { before: Band; after: Band; incidents: number; retained: number; lost: number }[][] {
  const out = ranges.map(() => [] as { before: Band; after: Band; incidents: number; retained: number; lost: number }[]);
  for (const r of read(db, [{ t: SCORES, ranges }])[0]!) {
    out[r.range]!.push({ before: r.k0 as Band, after: r.k1 as Band, incidents: Number(r.v0), retained: Number(r.v1), lost: Number(r.v2) });
  }
  return out;
}

/** Live incidents in a range by channel, by severity and by category (null: none). */
export function byBreakdown(
  db: Db,
  range: Range,
): { channel: Map<string, number>; severity: Map<number, number>; category: Map<number | null, number> } {
  const [channels, severities, categories] = read(db, [CHANNEL_DAYS, SEVERITY_DAYS, CATEGORY_DAYS].map((t) => ({ t, ranges: [range] }))) as [Row[], Row[], Row[]];
  const tally = <K>(rows: Row[], key: (k: string) => K) => {
    const m = new Map<K | null, number>();
    for (const r of rows) {
      const k = r.k0 === null ? null : key(String(r.k0));
      m.set(k, (m.get(k) ?? 0) + Number(r.v0));
    }
    return m;
  };
  return {
    channel: tally(channels, String) as Map<string, number>,
    severity: tally(severities, Number) as Map<number, number>,
    category: tally(categories, Number),
  };
}
