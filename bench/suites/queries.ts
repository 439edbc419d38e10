// The journal, Patterns and the month's figures at 100,000 incidents, through dispatch, each beside
// the same SQL replayed with raw better-sqlite3.
import type { Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { captureStatements, replayer } from '../lib/capture';
import { type BenchRow, type Budget, samplePair } from '../lib/measure';

async function call(core: Core, channel: string, request: unknown) {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value;
}

async function channelRow(core: Core, what: string, channel: string, request: unknown, budget: Budget, runs: number): Promise<BenchRow> {
  const statements = await captureStatements(core.db, () => call(core, channel, request));
  const [value, reference] = await samplePair(() => call(core, channel, request), replayer(core.db, statements), runs);
  return { what, unit: 'ms', value, reference: { what: 'its SQL alone', value: reference }, budget };
}

const ids = async (core: Core, channel: string) => ((await call(core, channel, {})) as { id: number }[]).map((r) => r.id);

export async function journalBench(core: Core, runs = 30): Promise<BenchRow[]> {
  const [category] = await ids(core, 'categories.list');
  const [cause] = await ids(core, 'rootCauses.list');
  const [person] = await ids(core, 'staff.list');
  const lastMonth = { from: '2026-10-22T00:00:00.000Z', to: '2026-11-22T00:00:00.000Z' };
  const list = { max: 20 };
  const search = { max: 50 };
  const cases: [string, unknown, Budget][] = [
    ['first page (100 rows, total)', {}, list],
    ['search "waited" (common word)', { q: 'waited' }, search],
    ['search "oat milk" (two words)', { q: 'oat milk' }, search],
    ['status: open', { status: 'open' }, list],
    ['category', { categoryId: category }, list],
    ['root cause', { rootCauseId: cause }, list],
    ['channel: phone', { channel: 'phone' }, list],
    ['severity 3', { severity: 3 }, list],
    ['handled by', { handledById: person }, list],
    ['dates: the last month', lastMonth, list],
    ['channel + severity', { channel: 'phone', severity: 3 }, list],
  ];
  const rows: BenchRow[] = [];
  for (const [what, filter, budget] of cases) {
    rows.push(await channelRow(core, `journal: ${what}`, 'incidents.list', { limit: 100, filter }, budget, runs));
  }
  return rows;
}

/** The other screens a counter opens all day: Home, and the compensation tracker's month. */
export async function screensBench(core: Core, runs = 30): Promise<BenchRow[]> {
  return [
    await channelRow(core, 'home', 'incidents.home', {}, { max: 20 }, runs),
    await channelRow(core, 'compensation tracker, a month', 'compensations.month', { month: '2026-10' }, { max: 50 }, runs),
  ];
}

/**
 * Search from anywhere (Ctrl+K), as a person types into it: words rare and common, two letters (the
 * first keys pressed; one letter searches refs and phones only), a customer's phone written another way than it was stored, and a ref.
 */
export async function searchBench(core: Core, runs = 30): Promise<BenchRow[]> {
  const one = <T>(sql: string) => core.db.prepare(sql).get() as T;
  // The oldest incident: the last a newest-first search reaches.
  const oldest = one<{ ref: string; phone: string }>(
    `SELECT i.ref, c.phone FROM incidents i JOIN customers c ON c.id = i.customer_id
     WHERE i.deleted_at IS NULL AND length(c.phone) >= 10 ORDER BY i.occurred_at, i.id LIMIT 1`,
  );
  const digits = oldest.phone.replace(/[^0-9]/g, '');
  // "(926) 511-9993" stored, "+1 926.511.9993" typed.
  const phone = `+1 ${digits.slice(0, -7)}.${digits.slice(-7, -4)}.${digits.slice(-4)}`;
  const budget = { max: 100 };
  const cases: [string, string][] = [
    ['a rare word ("abdullah", a name in 18 incidents)', 'abdullah'],
    ['a common word ("minutes", 30,000 incidents)', 'minutes'],
    ['two letters ("wa")', 'wa'],
    [`a phone number in another format (${phone})`, phone],
    [`a ref, the oldest (${oldest.ref})`, oldest.ref],
  ];
  const rows: BenchRow[] = [];
  for (const [what, q] of cases) rows.push(await channelRow(core, `search everywhere: ${what}`, 'search.everywhere', { q }, budget, runs));
  return rows;
}

export async function patternsBench(core: Core, runs = 15): Promise<BenchRow[]> {
  const year = { from: '2025-11-23', to: '2026-11-22' };
  const rows: BenchRow[] = [];
  for (const chart of ['callouts', 'pareto', 'trend', 'recovery', 'recoveryByKind', 'breakdowns']) {
    rows.push(await channelRow(core, `Patterns ${chart}, 12 months`, `patterns.${chart}`, year, { max: 50 }, runs));
  }
  return rows;
}

export async function figuresBench(core: Core, runs = 15): Promise<BenchRow> {
  return channelRow(core, 'figures for a month (October 2026)', 'figures.month', { month: '2026-10' }, { max: 100 }, runs);
}
