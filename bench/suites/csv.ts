// CSV: import 10,000 rows into an empty file; export 100,000 incidents. Beside each, reading the file alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { exportCsv } from '../../electron/main/core/data/export';
import { writeExportFile } from '../../electron/main/core/data/exportFile';
import { importFile } from '../../electron/main/core/data/import';
import { type BenchRow, stats } from '../lib/measure';
import { DEMO_NOW, type Workspace } from '../lib/fixtures';

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

export async function csvBench(ws: Workspace, runs = 3): Promise<BenchRow[]> {
  // The export of 10,000 demo incidents: one row each, one more per extra compensation.
  ws.demo('csv-source.sqlite', { incidents: 10_000, seed: 11 });
  const source = ws.open('csv-source.sqlite');
  const file = ws.path('import.csv');
  const exported = exportCsv(source.db, {});
  source.close();
  writeFileSync(file, exported.csv);
  const imports: number[] = [];
  const reads: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const core = ws.open(`import-${i}.sqlite`);
    const started = performance.now();
    const result = await importFile(core.db, file, { mapping: {}, historic: false, skipBadRows: false, dryRun: false }, DEMO_NOW);
    const ms = performance.now() - started;
    core.close();
    if (result.problems.length > 0) throw new Error(`import: ${result.problems[0]?.reason}`);
    rows = result.rows;
    imports.push(ms / 1000);
    reads.push(timed(() => readFileSync(file, 'utf8'))[1] / 1000);
  }
  // As Export CSV and `makegood export` do it: read on a connection of its own, written piece by piece.
  const big = ws.open('big.sqlite');
  const out = ws.path('export.csv');
  const exports: number[] = [];
  const exportReads: number[] = [];
  let incidents = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = await writeExportFile({ databasePath: ws.path('big.sqlite') }, {}, out);
    exports.push((performance.now() - started) / 1000);
    incidents = result.incidents;
    exportReads.push(timed(() => readFileSync(out, 'utf8'))[1] / 1000);
  }
  big.close();
  return [
    { what: `CSV import, ${rows.toLocaleString('en-US')} rows`, unit: 's', value: stats(imports), reference: { what: 'reading the file', value: stats(reads) }, budget: { max: 3 } },
    { what: `CSV export, ${incidents.toLocaleString('en-US')} incidents`, unit: 's', value: stats(exports), reference: { what: 'reading the file', value: stats(exportReads) }, budget: { max: 3 } },
  ];
}
