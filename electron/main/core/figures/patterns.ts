import { addMonths, addWeeks, differenceInCalendarDays, startOfMonth, startOfWeek, subDays } from 'date-fns';
import { CAUSE_GROUPS, CHANNELS, SEVERITIES } from '../../../../shared/domain';
import type { Breakdowns, Callouts, Pareto, Period, Trend } from '../../../../shared/schemas/patterns';
import type { Db } from '../db/open';
import { byBreakdown, byRootCause, type Cause } from './dayTotals';
import { day, dayRange } from './period';

// The Patterns screen's aggregates. "In the period" is by occurred_at; compensation by given_at.
// Counts by root cause, compensation and the breakdowns come from the day tables (dayTotals.ts): a
// few thousand rows for a year.

type CauseCounts = { counts: { cause: Cause; n: number }[]; undiagnosed: number };

/** Per cause met, from a range's map of cause to number, and the number under no cause. */
const perCause = (causes: Map<number, Cause>, found: Map<number | null, number>): CauseCounts => ({
  counts: [...found].flatMap(([id, n]) => (id === null ? [] : [{ cause: causes.get(id)!, n }])),
  undiagnosed: found.get(null) ?? 0,
});

const total = (found: Map<number | null, number>) => [...found.values()].reduce((a, b) => a + b, 0);

/** Most first, ties by name, with the running share of `whole`. */
function ranked(rows: { cause: Cause; n: number }[], whole: number) {
  let running = 0;
  return rows
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || a.cause.name.localeCompare(b.cause.name))
    .map((r) => {
      running += r.n;
      return { rootCauseId: r.cause.id, name: r.cause.name, group: r.cause.group, n: r.n, cumulativeShare: running / whole };
    });
}

/** docs/domain.md: recurring = 3 or more in the last 30 days; rising = at least twice the 30 days before, and at least 3. */
export function callouts(db: Db, period: Period): Callouts {
  const { end } = dayRange(period.from, period.to);
  const last30 = subDays(end, 30);
  const previous30 = subDays(end, 60);
  const { incidents, causes, lessons } = byRootCause(
    db,
    {
      incidents: [
        { fromIso: last30.toISOString(), toIso: end.toISOString() },
        { fromIso: previous30.toISOString(), toIso: last30.toISOString() },
      ],
    },
    { lessons: true },
  );
  const [now, before] = incidents.map((found) => perCause(causes, found).counts) as [CauseCounts['counts'], CauseCounts['counts']];
  const previous = new Map(before.map((r) => [r.cause.id, r.n]));
  const recurring = now.filter((r) => r.n >= 3).map((r) => ({ ...r, previous: previous.get(r.cause.id) ?? 0 }));
  const found = recurring
    .map((r) => ({
      rootCauseId: r.cause.id,
      name: r.cause.name,
      group: r.cause.group,
      last30: r.n,
      previous30: r.previous,
      recurring: true,
      rising: r.n >= 2 * r.previous,
      lessons: lessons.get(r.cause.id) ?? [],
    }))
    .sort((a, b) => Number(b.rising) - Number(a.rising) || b.last30 - a.last30 || a.name.localeCompare(b.name));
  return { window: { from: day(last30), to: period.to, previousFrom: day(previous30) }, causes: found };
}

/** Root causes most first, with the cumulative share of all the period's incidents (and of all its compensation). */
export function pareto(db: Db, period: Period): Pareto {
  const range = dayRange(period.from, period.to);
  const found = byRootCause(db, { incidents: [range], costs: [range] });
  const { causes } = found;
  const [incidents, costs] = [found.incidents[0]!, found.costs[0]!];
  const { counts, undiagnosed } = perCause(causes, incidents);
  return {
    byCount: ranked(counts, total(incidents)).map(({ n, ...r }) => ({ ...r, incidents: n })),
    byCost: ranked(perCause(causes, costs).counts, total(costs)).map(({ n, ...r }) => ({ ...r, compensation: n })),
    undiagnosed,
  };
}

/** Local buckets (weeks from Monday, or months) clipped to the period. */
function buckets(start: Date, end: Date, unit: 'week' | 'month') {
  const step = (d: Date) => (unit === 'week' ? addWeeks(d, 1) : addMonths(d, 1));
  const out: { lo: Date; hi: Date }[] = [];
  for (let from = unit === 'week' ? startOfWeek(start, { weekStartsOn: 1 }) : startOfMonth(start); +from < +end; from = step(from)) {
    out.push({ lo: +from < +start ? start : from, hi: +step(from) > +end ? end : step(from) });
  }
  return out;
}

/** Incidents per week (per month past 92 days) by root-cause group; compensation per month. */
export function trend(db: Db, period: Period): Trend {
  const { start, end } = dayRange(period.from, period.to);
  const bucket = differenceInCalendarDays(end, start) <= 92 ? 'week' : 'month';
  const spans = buckets(start, end, bucket);
  const months = buckets(start, end, 'month');
  const asRanges = (list: { lo: Date; hi: Date }[]) => list.map(({ lo, hi }) => ({ fromIso: lo.toISOString(), toIso: hi.toISOString() }));
  const found = byRootCause(db, { incidents: asRanges(spans), costs: asRanges(months) });
  const points = spans.map(({ lo, hi }, i) => {
    const { counts, undiagnosed } = perCause(found.causes, found.incidents[i]!);
    const byGroup = Object.fromEntries([...CAUSE_GROUPS, 'Undiagnosed'].map((g) => [g, 0])) as Trend['points'][number]['byGroup'];
    byGroup.Undiagnosed = undiagnosed;
    for (const { cause, n } of counts) byGroup[cause.group] += n;
    return { start: day(lo), end: day(subDays(hi, 1)), total: counts.reduce((s, r) => s + r.n, undiagnosed), byGroup };
  });
  const compensationByMonth = months.map(({ lo, hi }, i) => ({
    month: day(lo).slice(0, 7),
    start: day(lo),
    end: day(subDays(hi, 1)),
    compensation: total(found.costs[i]!),
  }));
  return { bucket, points, compensationByMonth };
}

/** Incidents by channel, category and severity: the system's weak points, never people. */
export function breakdowns(db: Db, period: Period): Breakdowns {
  const found = byBreakdown(db, dayRange(period.from, period.to));
  const count = <K>(m: Map<K, number>, key: K) => m.get(key) ?? 0;
  const byMost = <T extends { incidents: number }>(rows: T[]) => rows.filter((r) => r.incidents > 0).sort((a, b) => b.incidents - a.incidents);
  const categories = db.prepare('SELECT id, name FROM categories ORDER BY id').all() as { id: number; name: string }[];
  return {
    byChannel: byMost(CHANNELS.map((c) => ({ channel: c, incidents: count(found.channel, c) }))),
    byCategory: byMost([
      ...categories.map((c) => ({ categoryId: c.id as number | null, name: c.name as string | null, incidents: count(found.category, c.id) })),
      { categoryId: null, name: null, incidents: count(found.category, null) },
    ]),
    bySeverity: SEVERITIES.map((s) => ({ severity: s, incidents: count(found.severity, s) })).filter((r) => r.incidents > 0),
  };
}
