// Patterns on the shared database read migration 15's day tables and covering indexes, never the
// incidents of the year: the Pareto, callouts, trend and recovery count whole days from the
// tables' keys alone, look for instants of another shape only through their small partial index,
// and recovery by kind reads its detractors and their kinds from two indexes. At 100,000
// incidents that took those charts from 8–53 ms to 2–22 ms (README, Performance); here, that the
// plans stay so when a statement or an index changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureStatements } from '../../../bench/lib/capture';
import { generateDemo } from '../../../electron/main/core/demo/generate';
import { tempCore, type TempCore } from '../../support/core';
import { planWithoutScans, vacuumUntilAllVisible } from '../../support/pgPlans';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');
const YEAR = { from: '2025-10-20', to: '2026-10-19' };
let t: TempCore;

/** The plans of every statement a call runs, with scans of a table priced out: an index that holds every column read serves alone. */
async function plans(channel: string): Promise<string> {
  const db = t.core.db;
  const calls = await captureStatements(db, () => t.call(channel as 'patterns.pareto', YEAR));
  return calls.map((c) => planWithoutScans(db, c.sql, ...c.args)).join('\n\n');
}

describe.runIf(onPostgres)('Patterns on the shared database', () => {
  beforeAll(() => {
    t = tempCore(NOW);
    generateDemo(t.core.db, { incidents: 800, seed: 5, now: NOW });
    expect(vacuumUntilAllVisible(t.core.db, ['incidents', 'compensations', 'cause_days', 'score_days', 'cost_days', 'channel_days', 'severity_days', 'category_days'])).toBe(true);
  });
  afterAll(() => t.cleanup());

  it.each(['patterns.pareto', 'patterns.trend', 'patterns.callouts', 'patterns.recovery'])('%s counts from the day tables, not the year’s incidents', async (channel) => {
    const p = await plans(channel);
    expect(p).toMatch(/Index Only Scan using (cause_days_key on cause_days|score_days_pkey on score_days)/);
    if (channel === 'patterns.pareto' || channel === 'patterns.trend') expect(p).toMatch(/Index Only Scan using cost_days_key on cost_days/);
    expect(p).toMatch(/Index Scan using incidents_odd_instant on incidents/);
    // No other way into the incidents or compensations: not the table, not another index.
    expect(p).not.toMatch(/(Seq Scan|Bitmap Heap Scan) on (incidents|compensations|cause_days|score_days|cost_days)\b/);
    expect(p).not.toMatch(/Index (Only )?Scan using (?!incidents_odd_instant|compensations_odd_instant|incidents_occurred|compensations_given_at)\w+ on (incidents|compensations)\b/);
  });

  it('patterns.breakdowns counts from the day tables by channel, severity and category, not the year’s incidents', async () => {
    const p = await plans('patterns.breakdowns');
    expect(p).toMatch(/Index Only Scan using channel_days_pkey on channel_days/);
    expect(p).toMatch(/Index Only Scan using severity_days_pkey on severity_days/);
    expect(p).toMatch(/Index Only Scan using category_days_key on category_days/);
    expect(p).toMatch(/Index Scan using incidents_odd_instant on incidents/);
    expect(p).not.toMatch(/(Seq Scan|Bitmap Heap Scan) on (incidents|channel_days|severity_days|category_days)\b/);
    expect(p).not.toMatch(/Index (Only )?Scan using (?!incidents_odd_instant|incidents_occurred)\w+ on incidents\b/);
  });

  it('recovery by kind: the detractors and the kinds they were given from two indexes alone', async () => {
    const p = await plans('patterns.recoveryByKind');
    expect(p).toMatch(/Index Only Scan using incidents_detractor_ids on incidents i/);
    expect(p).toMatch(/Index Only Scan using compensations_kinds on compensations c/);
    expect(p).not.toMatch(/(Seq Scan|Index Scan|Bitmap Heap Scan) (using \w+ )?on (incidents|compensations)\b/);
  });
});
