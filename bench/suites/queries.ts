// The journal, Patterns and the month's figures at 100,000 incidents, through dispatch, each beside
// the same SQL replayed with raw better-sqlite3. Each list of cases is measured on PostgreSQL too
// (suites/postgres.ts).
import type { Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { captureStatements, replayer } from '../lib/capture';
import { type BenchRow, type Budget, samplePair } from '../lib/measure';

async function call(core: Core, channel: string, request: unknown) {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value;
}

/** One call a screen makes, with its budget: measured on SQLite, and on PostgreSQL beside it (suites/postgres.ts). */
export interface QueryCase {
  what: string;
  channel: string;
  request: unknown;
  budget: Budget;
  runs: number;
}

export async function channelRow(core: Core, what: string, channel: string, request: unknown, budget: Budget, runs: number): Promise<BenchRow> {
  const statements = await captureStatements(core.db, () => call(core, channel, request));
  const [value, reference] = await samplePair(() => call(core, channel, request), replayer(core.db, statements), runs);
  return { what, unit: 'ms', value, reference: { what: 'its SQL alone', value: reference }, budget };
}

export const ids = async (core: Core, channel: string) => ((await call(core, channel, {})) as { id: number }[]).map((r) => r.id);

export async function journalCases(core: Core, runs = 30): Promise<QueryCase[]> {
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
  return cases.map(([what, filter, budget]) => ({ what: `journal: ${what}`, channel: 'incidents.list', request: { limit: 100, filter }, budget, runs }));
}

const measure = async (core: Core, cases: QueryCase[]): Promise<BenchRow[]> => {
  const rows: BenchRow[] = [];
  for (const c of cases) rows.push(await channelRow(core, c.what, c.channel, c.request, c.budget, c.runs));
  return rows;
};

export const journalBench = async (core: Core, runs = 30) => measure(core, await journalCases(core, runs));

/** The other screens a counter opens all day: Home, and the compensation tracker's month. */
export function screensCases(runs = 30): QueryCase[] {
  return [
    { what: 'home', channel: 'incidents.home', request: {}, budget: { max: 20 }, runs },
    { what: 'compensation tracker, a month', channel: 'compensations.month', request: { month: '2026-10' }, budget: { max: 50 }, runs },
  ];
}

export const screensBench = async (core: Core, runs = 30) => measure(core, screensCases(runs));

/**
 * Search from anywhere (Ctrl+K), as a person types into it: words rare and common, two letters (the
 * first keys pressed; one letter searches refs and phones only), a customer's phone written another way than it was stored, and a ref.
 */
export function searchCases(core: Core, runs = 30): QueryCase[] {
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
  return cases.map(([what, q]) => ({ what: `search everywhere: ${what}`, channel: 'search.everywhere', request: { q }, budget, runs }));
}

export const searchBench = async (core: Core, runs = 30) => measure(core, searchCases(core, runs));

export function patternsCases(runs = 15): QueryCase[] {
  const year = { from: '2025-11-23', to: '2026-11-22' };
  return ['callouts', 'pareto', 'trend', 'recovery', 'recoveryByKind', 'breakdowns'].map((chart) => ({
    what: `Patterns ${chart}, 12 months`,
    channel: `patterns.${chart}`,
    request: year,
    budget: { max: 50 },
    runs,
  }));
}

export const patternsBench = async (core: Core, runs = 15) => measure(core, patternsCases(runs));

export const figuresCases = (runs = 15): QueryCase[] => [
  { what: 'figures for a month (October 2026)', channel: 'figures.month', request: { month: '2026-10' }, budget: { max: 100 }, runs },
];

export const figuresBench = async (core: Core, runs = 15) => (await measure(core, figuresCases(runs)))[0]!;
