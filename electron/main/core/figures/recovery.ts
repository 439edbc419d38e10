import { addMonths, format, startOfMonth } from 'date-fns';
import { COMPENSATION_KINDS } from '../../../../shared/domain';
import type { Period, Recovery, RecoveryByKind } from '../../../../shared/schemas/patterns';
import { bySql, isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { nps, share } from './nps';
import { dayRange, PG_RANGES, rangesParam } from './period';

// docs/domain.md's recovery figures over incidents by occurred_at: NPS before and after, lift over
// incidents with both scores, recovery rate (before ≤ 6 → after ≥ 9) and retention.
// Counted per score value and per before/after pair, each one short index range.

const SCORES = Array.from({ length: 11 }, (_, i) => i);
const promoter = (s: number) => s >= 9;
const detractor = (s: number) => s <= 6;

interface Counts {
  before: number[];
  after: number[];
  /** pair[before][after]: incidents with both scores. */
  pair: number[][];
  retained: number;
  lost: number;
}

/** SQLite's planner hint for a figure's index; PostgreSQL's planner picks the index itself. */
const indexedBy = (db: Db, index: string) => bySql(db, { sqlite: `INDEXED BY ${index}`, postgres: '' });

function counter(db: Db) {
  const before = db.prepare(
    `SELECT count(*) FROM incidents ${indexedBy(db, 'incidents_score_before')}
     WHERE score_before = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?`,
  ).pluck();
  const after = db.prepare(
    `SELECT count(*) FROM incidents ${indexedBy(db, 'incidents_score_after')}
     WHERE score_after = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?`,
  ).pluck();
  const pair = db.prepare(
    `SELECT count(*) FROM incidents ${indexedBy(db, 'incidents_score_pair')}
     WHERE score_before = ? AND score_after = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?`,
  ).pluck();
  const outcome = db
    .prepare('SELECT count(*) FROM incidents WHERE outcome = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?')
    .pluck();
  return (lo: string, hi: string): Counts => ({
    before: SCORES.map((s) => before.get(s, lo, hi) as number),
    after: SCORES.map((s) => after.get(s, lo, hi) as number),
    pair: SCORES.map((b) => SCORES.map((a) => pair.get(b, a, lo, hi) as number)),
    retained: outcome.get('retained', lo, hi) as number,
    lost: outcome.get('lost', lo, hi) as number,
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const where = (xs: number[], keep: (score: number) => boolean) => sum(xs.filter((_, score) => keep(score)));

function figures(c: Counts) {
  const bothBefore = c.pair.map(sum); // by before score, with an after score
  const bothAfter = SCORES.map((a) => sum(c.pair.map((row) => row[a] ?? 0)));
  const both = sum(bothBefore);
  const liftBefore = nps(where(bothBefore, promoter), where(bothBefore, detractor), both);
  const liftAfter = nps(where(bothAfter, promoter), where(bothAfter, detractor), both);
  const detractorsAsked = sum(c.pair.filter((_, b) => detractor(b)).map(sum));
  const recovered = sum(c.pair.filter((_, b) => detractor(b)).map((row) => where(row, promoter)));
  return {
    npsBefore: nps(where(c.before, promoter), where(c.before, detractor), sum(c.before)),
    npsAfter: nps(where(c.after, promoter), where(c.after, detractor), sum(c.after)),
    npsLift: liftBefore === null || liftAfter === null ? null : liftAfter - liftBefore,
    recoveryRate: share(recovered, detractorsAsked),
    retention: share(c.retained, c.retained + c.lost),
    scored: sum(c.before) + sum(c.after) - both,
  };
}

const add = (a: Counts, b: Counts): Counts => ({
  before: a.before.map((x, i) => x + (b.before[i] ?? 0)),
  after: a.after.map((x, i) => x + (b.after[i] ?? 0)),
  pair: a.pair.map((row, i) => row.map((x, j) => x + (b.pair[i]?.[j] ?? 0))),
  retained: a.retained + b.retained,
  lost: a.lost + b.lost,
});

const none = (): Counts => ({
  before: SCORES.map(() => 0),
  after: SCORES.map(() => 0),
  pair: SCORES.map(() => SCORES.map(() => 0)),
  retained: 0,
  lost: 0,
});

const IN_RANGE = 'i.deleted_at IS NULL AND i.occurred_at >= b.lo AND i.occurred_at < b.hi';

/**
 * PostgreSQL: counter's counts for every range in one statement, each still one short range of its
 * score index (one round trip; grouping the period's rows instead reads every row, twice as slow).
 */
function countsOnPg(db: Db, ranges: { fromIso: string; toIso: string }[]): Counts[] {
  const rows = db
    .prepare(
      `WITH b AS MATERIALIZED (SELECT * FROM ${PG_RANGES}), s AS (SELECT generate_series(0, 10) AS v)
       SELECT b.n AS range, 'before' AS what, s.v AS x, NULL::int AS y, (SELECT count(*) FROM incidents i WHERE i.score_before = s.v AND ${IN_RANGE}) AS k
       FROM b CROSS JOIN s
       UNION ALL SELECT b.n, 'after', s.v, NULL, (SELECT count(*) FROM incidents i WHERE i.score_after = s.v AND ${IN_RANGE}) FROM b CROSS JOIN s
       UNION ALL SELECT b.n, 'pair', x.v, y.v, (SELECT count(*) FROM incidents i WHERE i.score_before = x.v AND i.score_after = y.v AND ${IN_RANGE})
       FROM b CROSS JOIN s x CROSS JOIN s y
       UNION ALL SELECT b.n, o.v, NULL, NULL, (SELECT count(*) FROM incidents i WHERE i.outcome = o.v AND ${IN_RANGE})
       FROM b CROSS JOIN (VALUES ('retained'), ('lost')) o (v)`,
    )
    .all(rangesParam(ranges)) as { range: number; what: string; x: number | null; y: number | null; k: number }[];
  const counts = ranges.map(none);
  for (const r of rows) {
    const c = counts[r.range]!;
    if (r.what === 'before') c.before[r.x!] = r.k;
    else if (r.what === 'after') c.after[r.x!] = r.k;
    else if (r.what === 'pair') c.pair[r.x!]![r.y!] = r.k;
    else if (r.what === 'retained') c.retained = r.k;
    else c.lost = r.k;
  }
  return counts;
}

export function recovery(db: Db, period: Period): Recovery {
  const { start, end } = dayRange(period.from, period.to);
  const months: { month: string; fromIso: string; toIso: string }[] = [];
  for (let m = startOfMonth(start); +m < +end; m = addMonths(m, 1)) {
    const lo = +m < +start ? start : m;
    const hi = +addMonths(m, 1) > +end ? end : addMonths(m, 1);
    months.push({ month: format(m, 'yyyy-MM'), fromIso: lo.toISOString(), toIso: hi.toISOString() });
  }
  // Counts add up, so the period's figures come from its months': one pass over the index ranges.
  const count = isPostgres(db) ? null : counter(db);
  const counts = count ? months.map((m) => count(m.fromIso, m.toIso)) : countsOnPg(db, months);
  const byMonth: Recovery['byMonth'] = months.map((m, i) => {
    const { npsLift: _lift, ...f } = figures(counts[i]!);
    return { month: m.month, ...f };
  });
  const { scored: _scored, ...overall } = figures(counts.reduce(add, none()));
  return { overall, byMonth };
}

/** Detractors who gave an after score, by the kinds they were given; two kinds count under each. */
export function recoveryByKind(db: Db, period: Period): RecoveryByKind {
  const { fromIso, toIso } = dayRange(period.from, period.to);
  const kinds = db
    .prepare(
      `SELECT coalesce(c.kind, 'none') AS kind, count(DISTINCT i.id) AS detractors,
              count(DISTINCT CASE WHEN i.score_after >= 9 THEN i.id END) AS recovered
       FROM incidents i ${indexedBy(db, 'incidents_detractors')}
       LEFT JOIN compensations c ON c.incident_id = i.id AND c.deleted_at IS NULL
       WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ? AND i.score_before <= 6 AND i.score_after IS NOT NULL
       GROUP BY 1`,
    )
    .all(fromIso, toIso) as { kind: RecoveryByKind['byKind'][number]['kind']; detractors: number; recovered: number }[];
  const order = [...COMPENSATION_KINDS, 'none'];
  return {
    byKind: kinds
      .map((k) => ({ ...k, rate: share(k.recovered, k.detractors) }))
      .sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || order.indexOf(a.kind) - order.indexOf(b.kind)),
  };
}
