// Import sources, read as the import will read them: a 200,000-row CSV (~31 MB) and 10,000-row
// .xlsx and .ods workbooks through openSource(...).rows(), each read in a process of its own so
// its peak memory is its own. Run: npx tsx bench/sources.ts [folder]
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSource } from '../electron/main/core/data/sources';
import { o, ods, odsRow, STYLE, x, xlsx } from '../tests/unit/sources/fixtures';

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFFincident_id;happened_at;customer;what_happened;compensation_cost;resolved\r\n');
  for (let i = 1; i <= rows; i += 1) {
    const note = i % 50 === 0 ? `"Cold coffee; customer said ""again""\r\nsecond line ${i}"` : `Order ${i} arrived late, replaced with a fresh one and apologised at the counter by the manager on duty`;
    const line = `${i};2026-03-${String((i % 28) + 1).padStart(2, '0')}T12:${String(i % 60).padStart(2, '0')};Customer ${i % 997};${note};${(i % 400) / 4},50;${i % 3 === 0 ? 'yes' : 'no'}\r\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

function writeWorkbooks(dir: string, rows: number): void {
  const sheet: [number, ReturnType<typeof x.number>[]][] = [[1, [x.inline('id'), x.inline('when'), x.inline('note'), x.inline('cost')]]];
  for (let r = 2; r <= rows + 1; r += 1) sheet.push([r, [x.number(r), x.number(46082 + r / 100, STYLE.datetime), x.shared(r % 500), x.number(r / 4)]]);
  const strings = Array.from({ length: 500 }, (_, i) => `Order ${i} arrived late, replaced with a fresh one`);
  writeFileSync(join(dir, 'bench.xlsx'), xlsx([{ name: 'Log', rows: sheet }], { strings }));
  const table = [odsRow([o.text('id'), o.text('when'), o.text('note'), o.text('cost')])];
  for (let r = 2; r <= rows + 1; r += 1) table.push(odsRow([o.float(r), o.date(`2026-03-01T12:${String(r % 60).padStart(2, '0')}:00`), o.text(`Order ${r} arrived late`), o.float(r / 4), o.empty(1020)]));
  table.push(odsRow([o.empty(1024)], 1_000_000));
  writeFileSync(join(dir, 'bench.ods'), ods([{ name: 'Log', rows: table }]));
}

/** One file read through: rows, seconds, and the peak RSS sampled on every 1,000th row. */
async function readOne(path: string): Promise<void> {
  const started = performance.now();
  const before = process.memoryUsage().rss;
  let peak = before;
  let heap = 0;
  let rows = 0;
  const source = await openSource(path);
  for await (const _ of source.rows()) {
    rows += 1;
    if (rows % 1000 === 0) {
      const used = process.memoryUsage();
      peak = Math.max(peak, used.rss);
      heap = Math.max(heap, used.heapUsed);
    }
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ file: path.split('/').pop(), bytes: statSync(path).size, rows, seconds: Number(seconds.toFixed(2)), rssBeforeMb: Math.round(before / 1024 / 1024), peakRssMb: Math.round(peak / 1024 / 1024), peakHeapMb: Math.round(heap / 1024 / 1024) }));
}

if (process.argv[2] === '--read') {
  await readOne(process.argv[3] ?? '');
} else {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'makegood-sources-bench-'));
  await writeCsv(join(dir, 'bench.csv'), 200_000);
  writeWorkbooks(dir, 10_000);
  const self = fileURLToPath(import.meta.url);
  // A bare Node process (no reading) for comparison: what the runtime and the modules cost alone.
  for (const file of ['bench.csv', 'bench.xlsx', 'bench.ods'])
    process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', self, '--read', join(dir, file)], { encoding: 'utf8' }));
  if (process.argv[2] === undefined) rmSync(dir, { recursive: true, force: true });
}
