import { addMonths, format, startOfMonth } from 'date-fns';
import { COMPENSATION_KINDS } from '../../../../shared/domain';
import type { Period, Recovery, RecoveryByKind } from '../../../../shared/schemas/patterns';
import { bySql } from '../db/engine';
import type { Db } from '../db/open';
import { nps, share } from './nps';
import { type Band, incidentsByBands } from './dayTotals';
import { dayRange } from './period';

// docs/domain.md's recovery figures over incidents by occurred_at: NPS before and after, lift over
// incidents with both scores, recovery rate (before ≤ 6 → after ≥ 9) and retention.
// Counted from each month's incidents by the bands of their scores (dayTotals.ts).

const BANDS: readonly Band[] = ['none', 'detractor', 'passive', 'promoter'];
const ASKED: readonly Band[] = ['detractor', 'passive', 'promoter'];

interface Counts {
  /** cell[before][after]: incidents by the bands of their scores ('none': not asked). */
  cell: Record<Band, Record<Band, number>>;
  retained: number;
  lost: number;
}

/** SQLite's planner hint for a figure's index; PostgreSQL's planner picks the index itself. */
const indexedBy = (db: Db, index: string) => bySql(db, { sqlite: `INDEXED BY ${index}`, postgres: '' });

const none = (): Counts => ({
  cell: Object.fromEntries(BANDS.map((b) => [b, Object.fromEntries(BANDS.map((a) => [a, 0]))])) as Counts['cell'],
  retained: 0,
  lost: 0,
});

/** Each range's counts, from the day tables (dayTotals.ts: a year is a few thousand rows). */
function countsIn(db: Db, ranges: { fromIso: string; toIso: string }[]): Counts[] {
  return incidentsByBands(db, ranges).map((rows) => {
    const c = none();
    for (const r of rows) {
      c.cell[r.before][r.after] += r.incidents;
      c.retained += r.retained;
      c.lost += r.lost;
    }
    return c;
  });
}

const add = (x: Counts, y: Counts): Counts => {
  const c = none();
  for (const b of BANDS) for (const a of BANDS) c.cell[b][a] = x.cell[b][a] + y.cell[b][a];
  return { ...c, retained: x.retained + y.retained, lost: x.lost + y.lost };
};

const total = (bands: readonly Band[], count: (band: Band) => number) => bands.reduce((n, band) => n + count(band), 0);

function figures(c: Counts) {
  const before = (b: Band) => total(BANDS, (a) => c.cell[b][a]);
  const after = (a: Band) => total(BANDS, (b) => c.cell[b][a]);
  // Incidents with both scores, by the band of the one and of the other.
  const bothBefore = (b: Band) => total(ASKED, (a) => c.cell[b][a]);
  const bothAfter = (a: Band) => total(ASKED, (b) => c.cell[b][a]);
  const both = total(ASKED, bothBefore);
  const liftBefore = nps(bothBefore('promoter'), bothBefore('detractor'), both);
  const liftAfter = nps(bothAfter('promoter'), bothAfter('detractor'), both);
  return {
    npsBefore: nps(before('promoter'), before('detractor'), total(ASKED, before)),
    npsAfter: nps(after('promoter'), after('detractor'), total(ASKED, after)),
    npsLift: liftBefore === null || liftAfter === null ? null : liftAfter - liftBefore,
    recoveryRate: share(c.cell.detractor.promoter, bothBefore('detractor')),
    retention: share(c.retained, c.retained + c.lost),
    scored: total(ASKED, before) + total(ASKED, after) - both,
  };
}

export function recovery(db: Db, period: Period): Recovery {
  const { start, end } = dayRange(period.from, period.to);
  const months: { month: string; fromIso: string; toIso: string }[] = [];
  for (let m = startOfMonth(start); +m < +end; m = addMonths(m, 1)) {
    const lo = +m < +start ? start : m;
    const hi = +addMonths(m, 1) > +end ? end : addMonths(m, 1);
    months.push({ month: format(m, 'yyyy-MM'), fromIso: lo.toISOString(), toIso: hi.toISOString() });
  }
  // Counts add up, so the period's figures come from its months'.
  const counts = countsIn(db, months);
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
