// `npm run bench`: every budget of the performance section, measured on fresh demo databases,
// printed as a table and written to bench/results.json; exits 1 when a budget is missed.
// Needs `npm run build` first (the CLI, serve and the renderer are measured as built).
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { Workspace, repoRoot } from './lib/fixtures';
import { type BenchRow, judge, table } from './lib/measure';
import { bundleBench } from './suites/bundle';
import { csvBench } from './suites/csv';
import { demoBench } from './suites/demo';
import { eraseBench } from './suites/erase';
import { importBench } from './suites/import';
import { lockBench } from './suites/lock';
import { postgresBench } from './suites/postgres';
import { browserBench, memoryBench, pdfBench } from './suites/processes';
import { figuresBench, journalBench, patternsBench, screensBench, searchBench } from './suites/queries';
import { threadBench } from './suites/thread';
import { transportBench } from './suites/transport';

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const ws = new Workspace();
const rows: BenchRow[] = [];
const add = (r: BenchRow | BenchRow[]) => {
  for (const row of [r].flat()) {
    const judged = judge(row);
    rows.push(judged);
    console.log(`${judged.pass ? 'ok    ' : 'MISSED'} ${judged.what}: ${judged.value.median.toFixed(2)} ${judged.unit}`);
  }
};

const started = performance.now();
try {
  if (wanted('bundle')) add(bundleBench());
  // The 100,000-incident database the later steps read is the demo step's first file.
  const needsBig = ['demo', 'journal', 'patterns', 'figures', 'transport', 'postgres', 'erase', 'csv', 'lock', 'browser', 'memory', 'thread'].some(wanted);
  if (needsBig) add(demoBench(ws, wanted('demo') ? 2 : 1));
  const core = needsBig ? ws.open('big.sqlite') : null;
  if (core) try {
    if (wanted('journal')) add(await journalBench(core));
    if (wanted('journal')) add(await screensBench(core));
    if (wanted('journal')) add(await searchBench(core));
    if (wanted('patterns')) add(await patternsBench(core));
    if (wanted('figures')) add(await figuresBench(core));
    if (wanted('transport')) add(await transportBench(core));
    // The same rows on a throwaway PostgreSQL server, each call beside SQLite's.
    if (wanted('postgres')) add(await postgresBench(core));
  } finally {
    core.close();
  }
  // On copies of the big file, once it is closed: erasing writes.
  if (wanted('erase')) add(await eraseBench(ws));
  if (wanted('csv')) add(await csvBench(ws));
  if (wanted('import')) add(await importBench(ws));
  if (wanted('lock')) add(await lockBench(ws));
  if (wanted('thread')) add(await threadBench(ws));
  if (wanted('pdf')) add(await pdfBench(ws));
  if (wanted('browser')) add(await browserBench(ws));
  if (wanted('memory')) add(await memoryBench(ws));
} finally {
  // MAKEGOOD_BENCH_KEEP=1 keeps the databases and any failure screenshot for a look.
  if (process.env.MAKEGOOD_BENCH_KEEP) console.log(`Kept ${ws.dir}`);
  else ws.remove();
}

console.log(`\n${table(rows)}\n`);
const missed = rows.filter((r) => !r.pass);
const results = {
  when: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
  seconds: Math.round((performance.now() - started) / 1000),
  rows,
};
writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`${rows.length - missed.length} of ${rows.length} within budget in ${results.seconds} s; written to bench/results.json.`);
if (missed.length > 0) {
  console.log(`Missed: ${missed.map((r) => r.what).join('; ')}`);
  process.exitCode = 1;
}
