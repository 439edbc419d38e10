// The lock suite alone (bench/suites/lock.ts), without the build `npm run bench` does first:
// `npx tsx bench/lock.ts`. Prints the table; writes nothing into bench/.
import { copyFileSync } from 'node:fs';
import { BIG, Workspace } from './lib/fixtures';
import { judge, table } from './lib/measure';
import { lockBench } from './suites/lock';

const ws = new Workspace();
try {
  const started = performance.now();
  // LOCK_BENCH_BIG=<a closed 100,000-incident demo file> skips making one (30 s) when trying the suite again.
  if (process.env.LOCK_BENCH_BIG) copyFileSync(process.env.LOCK_BENCH_BIG, ws.path('big.sqlite'));
  else ws.demo('big.sqlite', BIG);
  const rows = (await lockBench(ws)).map(judge);
  console.log(`\n${table(rows)}\n\n${Math.round((performance.now() - started) / 1000)} s`);
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
} finally {
  ws.remove();
}
