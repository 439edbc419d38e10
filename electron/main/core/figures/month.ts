import { addDays } from 'date-fns';
import type { MonthFigures } from '../../../../shared/schemas/figures';
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { compensationByKind, compensationTotal } from './compensation';
import { callouts, pareto } from './patterns';
import { monthRange, PG_RANGES, rangesParam } from './period';
import { recovery } from './recovery';
import { voucherCounts } from './vouchers';
import { repeatCustomers } from './repeatCustomers';

// The one function behind `makegood figures`, the PDF and the dashboard: every figure of
// docs/domain.md for a month. Shares have two decimals, money is minor units, nothing to count is null.

const two = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

const RESOLVED_IN = 'FROM incidents WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? AND resolved_at IS NOT NULL';

/**
 * PostgreSQL's median time to resolve, in milliseconds, in one statement from 0014's
 * incidents_month alone. Whole milliseconds, as SQLite's below; as doubles, their median at 0.5
 * is the mean of the middle two exactly (each is below 2^53).
 */
export const PG_MEDIAN_MS = `SELECT percentile_cont(0.5) WITHIN GROUP (
    ORDER BY round(extract(epoch FROM resolved_at::timestamptz - occurred_at::timestamptz) * 1000)::float8
  ) ${RESOLVED_IN}`;

/** Median of resolved_at − occurred_at in whole minutes (the mean of the middle two for an even count). */
function medianMinutes(db: Db, fromIso: string, toIso: string): number | null {
  let middle: number | null;
  if (isPostgres(db)) {
    middle = db.prepare(PG_MEDIAN_MS).pluck().get(fromIso, toIso) as number | null;
  } else {
    const n = db.prepare(`SELECT count(*) ${RESOLVED_IN}`).pluck().get(fromIso, toIso) as number;
    if (n === 0) return null;
    // Whole milliseconds, so a median on a half minute rounds the same way on both engines.
    const ms = db
      .prepare(`SELECT round((unixepoch(resolved_at, 'subsec') - unixepoch(occurred_at, 'subsec')) * 1000) AS ms ${RESOLVED_IN} ORDER BY ms LIMIT ? OFFSET ?`)
      .pluck()
      .all(fromIso, toIso, n % 2 === 0 ? 2 : 1, Math.floor((n - 1) / 2)) as number[];
    middle = ms.reduce((a, b) => a + b, 0) / ms.length;
  }
  return middle === null ? null : Math.round(middle / 60_000);
}

/** PostgreSQL: every day of the period in one statement (a round trip costs more than a day's index range), from incidents_month. */
export const PG_RESOLVED_SAME_DAY = `SELECT count(*) FROM ${PG_RANGES} JOIN incidents i ON i.occurred_at >= b.lo AND i.occurred_at < b.hi
  WHERE i.deleted_at IS NULL AND i.resolved_at < b.hi`;

/** Resolved on the calendar day they occurred: for each local day, resolved before the next one began. */
function resolvedSameDay(db: Db, start: Date, end: Date): number {
  const days: { fromIso: string; toIso: string }[] = [];
  for (let day = start; +day < +end; day = addDays(day, 1)) days.push({ fromIso: day.toISOString(), toIso: addDays(day, 1).toISOString() });
  if (isPostgres(db)) return db.prepare(PG_RESOLVED_SAME_DAY).pluck().get(rangesParam(days)) as number;
  const count = db.prepare(
    'SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? AND resolved_at < ?',
  ).pluck();
  return days.reduce((total, d) => total + (count.get(d.fromIso, d.toIso, d.toIso) as number), 0);
}

/**
 * The follow-ups that fell due in [from, to), and how many were kept: the pending ones from 0006's
 * index, the ones done from 0012's, each read for the period alone.
 */
export const FOLLOW_UPS_DUE = `SELECT
    (SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND followed_up_at IS NULL AND follow_up_due_at IS NOT NULL
       AND follow_up_due_at >= :from AND follow_up_due_at < :to) + done.n AS due,
    done.kept AS kept
  FROM (SELECT count(*) AS n, count(*) FILTER (WHERE followed_up_at <= follow_up_due_at) AS kept FROM incidents
        WHERE deleted_at IS NULL AND followed_up_at IS NOT NULL AND follow_up_due_at >= :from AND follow_up_due_at < :to) done`;

export function transactionsFor(db: Db, month: string): number | null {
  return (db.prepare('SELECT count FROM month_transactions WHERE month = ?').pluck().get(month) as number | undefined) ?? null;
}

export function monthFigures(db: Db, month: string, now: Date): MonthFigures {
  const range = monthRange(month);
  const { fromIso, toIso } = range;
  const start = new Date(fromIso);
  const end = new Date(toIso);
  const period = { from: range.from, to: range.to };
  const incidents = db
    .prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?')
    .pluck()
    .get(fromIso, toIso) as number;
  const transactions = transactionsFor(db, month);
  const due = db.prepare(FOLLOW_UPS_DUE).get({ from: fromIso, to: toIso }) as { due: number; kept: number };
  const overdue = db
    .prepare(
      'SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND followed_up_at IS NULL AND follow_up_due_at IS NOT NULL AND follow_up_due_at < ?',
    )
    .pluck()
    .get(now.toISOString()) as number;
  const byKind = compensationByKind(db, range);
  const r = recovery(db, period).overall;
  const causes = pareto(db, period);
  const costOf = new Map(causes.byCost.map((c) => [c.rootCauseId, c.compensation]));
  const flags = callouts(db, period).causes;
  const vouchers = voucherCounts(db, fromIso, toIso);
  return {
    period,
    incidents,
    per_1000_transactions: transactions === null ? null : Math.round((incidents * 1000 * 100) / transactions) / 100,
    resolved_same_day_share: incidents === 0 ? null : two(resolvedSameDay(db, start, end) / incidents),
    median_minutes_to_resolve: medianMinutes(db, fromIso, toIso),
    follow_ups_due: due.due,
    follow_ups_kept_share: due.due === 0 ? null : two(due.kept / due.due),
    overdue_follow_ups: overdue,
    compensation_total: compensationTotal(db, range).total,
    compensation_by_kind: Object.fromEntries(byKind.map((k) => [k.kind, k.total])),
    compensation_over_allowance_unapproved: db
      .prepare('SELECT coalesce(sum(cost), 0) FROM compensations WHERE deleted_at IS NULL AND given_at >= ? AND given_at < ? AND over_allowance_unapproved = 1')
      .pluck()
      .get(fromIso, toIso) as number,
    vouchers_given: vouchers.given,
    vouchers_redeemed: vouchers.redeemed,
    nps_before: r.npsBefore,
    nps_after: r.npsAfter,
    nps_lift: r.npsLift,
    recovery_rate: two(r.recoveryRate),
    retention: two(r.retention),
    repeat_customers: repeatCustomers(db, fromIso, toIso).repeatCustomers,
    top_root_causes: causes.byCount.map((c) => ({
      root_cause: c.name,
      group: c.group,
      incidents: c.incidents,
      cumulative_share: two(c.cumulativeShare) ?? 0,
      compensation: costOf.get(c.rootCauseId) ?? 0,
    })),
    recurring: flags.map((c) => c.name),
    rising: flags.filter((c) => c.rising).map((c) => c.name),
  };
}
