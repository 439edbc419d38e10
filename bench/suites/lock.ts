// The write lock while a large import or a restore runs: a counter in another process saves an
// incident every 100 ms, and each save's wait is what a person at the counter would feel.
//   - CSV import of the 100,000-incident demo's export into a new file by another process, as
//     `makegood import` does: the longest save (budget 2 s), beside a save with nothing else running;
//     and how long the import took.
//   - Restore at 100,000 incidents, of a backup of the same data and of one whose every row differs:
//     how long the restore held the write lock, and the longest save meanwhile.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { openCore } from '../../electron/main/core/app';
import { restoreDatabase } from '../../electron/main/core/backups/restore';
import { exportCsv } from '../../electron/main/core/data/export';
import { type BenchRow, stats } from '../lib/measure';
import { bundleChild } from '../../tests/integration/durability/bundle';
import { type RunningChild, startChild } from '../../tests/integration/durability/child';
import { DEMO_NOW, repoRoot, type Workspace } from '../lib/fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A child of tests/integration/durability, bundled as its tests run it (child.ts). */
function run(name: string, args: string[]): RunningChild {
  const bundled = bundleChild(name);
  const running = startChild(bundled.path, args, { cwd: repoRoot });
  running.child.on('close', () => bundled.remove());
  return running;
}

/** The saves' times (ms) from a saver's lines; a failed one (busy past the 5 s busy timeout) counts as NaN. */
function saves(lines: string[]): number[] {
  return lines.map((line) => {
    const [ok, ms] = line.split(' ');
    return ok === '1' ? Number(ms) : NaN;
  });
}

const longest = (ms: number[]) => Math.max(...ms.map((m) => (Number.isNaN(m) ? Infinity : m)));
const failed = (ms: number[]) => ms.filter((m) => Number.isNaN(m)).length;

/** Runs `work` while a counter saves every 100 ms in another process: the saves before it (alone) and during it. */
async function withCounter<T>(databasePath: string, work: () => Promise<T>): Promise<{ value: T; alone: number[]; during: number[] }> {
  const counter = run('saver.ts', [databasePath, '100']);
  await counter.opened;
  await sleep(1_500);
  const aloneCount = counter.lines.length;
  const value = await work();
  counter.child.stdin!.end();
  await counter.ended;
  const all = saves(counter.lines);
  // The first save prepares its statements; one that began before the work may have waited for it;
  // the few after it ended are as quick as alone and change no maximum.
  return { value, alone: all.slice(1, Math.max(2, aloneCount - 1)), during: all.slice(Math.max(0, aloneCount - 1)) };
}


export async function lockBench(ws: Workspace): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // Import: the big demo's export into a new file, by another process.
  const big = ws.open('big.sqlite');
  const csv = ws.path('lock-import.csv');
  // Its refs renamed, so the counter's new incidents (MG-1, MG-2…) take none of them.
  writeFileSync(csv, exportCsv(big.db, {}).csv.replace(/^MG-/gm, 'OLD-'));
  big.close();
  const target = ws.path('lock-import.sqlite');
  ws.open('lock-import.sqlite').close();
  const imported = await withCounter(target, async () => {
    const importer = run('importer.ts', [target, csv, 'auto']);
    await importer.ended;
    return JSON.parse(importer.lines[0] ?? '{}') as { ms: number; written: boolean; incidents: number };
  });
  if (!imported.value.written) throw new Error(`the 100,000-row import wrote nothing: ${JSON.stringify(imported.value)}`);
  rows.push({
    what: `CSV import, ${imported.value.incidents.toLocaleString('en-US')} rows, by another process: the longest counter save meanwhile (one every 100 ms, ${imported.during.length} saves, ${failed(imported.during)} refused as busy)`,
    unit: 'ms',
    value: stats([longest(imported.during)]),
    reference: { what: 'a save with nothing else running', value: stats(imported.alone) },
    budget: { max: 2_000 },
  });
  rows.push({
    what: `CSV import, ${imported.value.incidents.toLocaleString('en-US')} rows, while the counter saves`,
    unit: 's',
    value: stats([imported.value.ms / 1000]),
    budget: {},
  });

  // Restore at 100,000 incidents: of the same data, and of other data (every row differs).
  ws.demo('lock-other.sqlite', { incidents: 100_000, seed: 8 });
  for (const [label, backup] of [['the same data', 'big.sqlite'], ['other data (every row differs)', 'lock-other.sqlite']] as const) {
    const live = ws.path('lock-live.sqlite');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${live}${suffix}`, { force: true });
    copyFileSync(ws.path('big.sqlite'), live);
    const core = openCore({ databasePath: live, version: 'bench', now: () => DEMO_NOW });
    try {
      const started = performance.now();
      const restored = await withCounter(live, async () => {
        // The counter's process saves; this one restores, between two awaits so its lines are read.
        await sleep(0);
        const done = await restoreDatabase(core.db, live, ws.path(backup), { label: backup, now: DEMO_NOW });
        return { ...done, ms: performance.now() - started };
      });
      rows.push({
        what: `restore at 100,000 incidents, ${label}: the write lock held (whole restore ${(restored.value.ms / 1000).toFixed(1)} s; longest counter save ${(longest(restored.during) / 1000).toFixed(2)} s, ${failed(restored.during)} of ${restored.during.length} refused as busy)`,
        unit: 's',
        value: stats([restored.value.lockHeldMs / 1000]),
        // A counter's save waits at most this long: the import's budget.
        budget: { max: 2 },
      });
    } finally {
      core.close();
    }
  }
  return rows;
}
