// The day tables of migrations 15 and 19, on both engines: what they hold must be, at every moment,
// what the rows say, and a figure read from them must equal the same count over the rows, for any
// range. The expectations are worked out in JavaScript from the rows themselves
// (tests/support/dayTables.ts; their instants compared as text, as the queries compare them), after
// random writes through the domain layer: new incidents, edits of the day, cause, scores, outcome,
// channel, severity and category, deletions and undos, compensations added, edited, removed and
// restored, a purge, an import of history, and instants of another shape. Upgrades and restores:
// day-totals-upgrades.test.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { purgeDeleted } from '../../electron/main/core/domain/deletion';
import { byBreakdown, byRootCause, incidentsByBands, splitByDay } from '../../electron/main/core/figures/dayTotals';
import { CHANNELS, SEVERITIES } from '../../shared/domain';
import { tempCore, type TempCore } from '../support/core';
import {
  add,
  band,
  breakdownKeys,
  compensationRows,
  expectDayTablesMatchRows,
  incidentRows,
  inRange,
  nonZero,
  SHAPE,
  sorted,
} from '../support/dayTables';
import { mulberry32 } from '../support/mulberry32';

const NOW = new Date('2026-10-20T12:00:00.000Z');

let t: TempCore;
beforeEach(() => {
  t = tempCore(NOW);
});
afterEach(() => t.cleanup());

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
  const rows = incidentRows(t.core.db).filter((i) => i.deleted === null);
  const comps = compensationRows(t.core.db).filter((c) => c.deleted === null);
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
    expectDayTablesMatchRows(t.core.db, 'after a history of 400 incidents');
    expectFiguresMatchRows(randomRanges(next, 40));

    const causes = (await t.call('rootCauses.list', {})).map((c) => c.id);
    const staff = (await t.call('staff.create', { name: 'Till', monthlyAllowance: 10_000_000 })).id;
    const live = () => incidentRows(t.core.db).filter((i) => i.deleted === null && SHAPE.test(i.at));
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
        const gone = incidentRows(t.core.db).filter((i) => i.deleted !== null);
        if (gone.length > 0) await t.call('incidents.restore', { id: pick(gone).id });
      } else if (step === 7) {
        const givenAt = new Date(Math.max(Date.parse(target.at), Date.parse(target.at) + (next() % 48) * 3_600_000)).toISOString();
        await t.call('compensations.add', { incidentId: target.id, kind: 'refund', cost: 50 * (1 + (next() % 40)), givenById: staff, givenAt });
      } else if (step === 8) {
        const mine = compensationRows(t.core.db).filter((c) => c.deleted === null);
        if (mine.length > 0) {
          const c = pick(mine);
          await t.call('compensations.update', { id: c.id, changes: { cost: c.cost + 25 } });
        }
      } else {
        const mine = compensationRows(t.core.db).filter((c) => c.deleted === null);
        if (mine.length > 0) await t.call('compensations.remove', { id: pick(mine).id });
      }
      expectDayTablesMatchRows(t.core.db, `after round ${round} (step ${step})`);
    }
    expectFiguresMatchRows(randomRanges(next, 40));

    // Two causes merged: the one merged away leaves day rows at 0 that name no cause, and every
    // chart still answers within the contract (dispatch checks each response) with the rows' counts.
    const [from, into] = (await t.call('rootCauses.list', {})).filter((c) => live().some((i) => i.cause === c.id));
    await t.call('rootCauses.merge', { fromId: from!.id, intoId: into!.id });
    expectDayTablesMatchRows(t.core.db, 'after two causes were merged');
    expectFiguresMatchRows(randomRanges(next, 10));
    for (const chart of ['pareto', 'trend', 'callouts', 'recovery'] as const) {
      const answer = await t.call(`patterns.${chart}`, { from: '2025-10-01', to: '2026-10-20' });
      expect(JSON.stringify(answer)).not.toContain(`"rootCauseId":${from!.id},`);
    }

    // A purge of what was deleted long ago, and instants of another shape (an old or hand-edited file).
    purgeDeleted(t.core.db, new Date(NOW.getTime() + 400 * 86_400_000));
    expectDayTablesMatchRows(t.core.db, 'after a purge');
    // Rows deleted for good while live (as a move to the shared database clears its tables first).
    t.core.db.prepare('DELETE FROM compensations WHERE id = (SELECT max(id) FROM compensations WHERE deleted_at IS NULL)').run();
    t.core.db.prepare('DELETE FROM incidents WHERE id = (SELECT max(id) FROM incidents WHERE deleted_at IS NULL)').run();
    expectDayTablesMatchRows(t.core.db, 'after live rows were deleted');
    const [a, b] = live();
    t.core.db.prepare('UPDATE incidents SET occurred_at = ? WHERE id = ?').run('2026-03-05 10:00:00', a!.id);
    t.core.db.prepare('UPDATE incidents SET occurred_at = ? WHERE id = ?').run('2026-03-05T23:00:00+02:00', b!.id);
    t.core.db.prepare('UPDATE compensations SET given_at = ? WHERE id = (SELECT min(id) FROM compensations WHERE deleted_at IS NULL)').run('2026-03-05');
    expectDayTablesMatchRows(t.core.db, 'after instants of another shape');
    expectFiguresMatchRows([
      { fromIso: '2026-03-01T00:00:00.000Z', toIso: '2026-03-10T00:00:00.000Z' },
      { fromIso: '2026-03-04T22:00:00.000Z', toIso: '2026-03-06T01:00:00.000Z' },
      { fromIso: '2026-03-05T00:00:00.000Z', toIso: '2026-03-06T00:00:00.000Z' },
      ...randomRanges(next, 20),
    ]);
  }, 30_000);
});
