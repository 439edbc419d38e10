// The shared database beside the SQLite file (issue 17): the same 100,000 demo incidents (same
// seed, same clock) on a throwaway PostgreSQL server, and every screen's call of the query suites
// measured on both, alternately. Each must stay under the SQLite budget and within 3× of SQLite.
import { openCore, type Core } from '../../electron/main/core/app';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { startPgCluster } from '../../tests/support/pgCluster';
import { BIG, DEMO_NOW } from '../lib/fixtures';
import { type BenchRow, samplePair, stats } from '../lib/measure';
import { figuresCases, journalCases, patternsCases, type QueryCase, screensCases, searchCases } from './queries';

async function call(core: Core, channel: string, request: unknown) {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value;
}

async function pairRow(pg: Core, sqlite: Core, c: QueryCase): Promise<BenchRow> {
  const [onPg, onSqlite] = await samplePair(
    () => call(pg, c.channel, c.request),
    () => call(sqlite, c.channel, c.request),
    c.runs,
  );
  return {
    what: `PostgreSQL: ${c.what}`,
    unit: 'ms',
    value: onPg,
    reference: { what: 'SQLite, the same call', value: onSqlite },
    budget: { ...c.budget, maxRatio: 3 },
  };
}

/** `sqlite` is the 100,000-incident file the other suites read (the same seed and clock). */
export async function postgresBench(sqlite: Core): Promise<BenchRow[]> {
  const cluster = await startPgCluster();
  try {
    const admin = new PgDb({ url: cluster.adminUrl });
    admin.exec('CREATE DATABASE makegood_bench');
    admin.close();
    const url = new URL(cluster.adminUrl);
    url.pathname = '/makegood_bench';
    const pg = openCore({ databasePath: url.toString(), version: 'bench', now: () => DEMO_NOW });
    try {
      const started = performance.now();
      generateDemo(pg.db, { ...BIG, now: DEMO_NOW });
      const seconds = (performance.now() - started) / 1000;
      const rows: BenchRow[] = [
        { what: 'PostgreSQL: demo data, 100,000 incidents', unit: 's', value: stats([seconds]), budget: { max: 60 } },
      ];
      // The same cases as the SQLite suites, with the ids and words read from the SQLite file (the same rows).
      const cases = [
        ...(await journalCases(sqlite)),
        ...screensCases(),
        ...searchCases(sqlite),
        ...patternsCases(),
        ...figuresCases(),
      ];
      for (const c of cases) rows.push(await pairRow(pg, sqlite, c));
      return rows;
    } finally {
      pg.close();
    }
  } finally {
    cluster.stop();
  }
}
