// The calling thread while the core works: `serve`'s HTTP thread (and, the same code in the app's
// utility process, the window's main process) must keep running, and reads keep answering, while
// the writer restores 100,000 incidents or imports 100,000 rows. Each is measured as a person at the
// counter would feel it: the longest the calling thread stalled, the longest a read waited, and the
// longest a save in the same app waited for the writer the work runs on.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../../electron/main/core/data/export';
import { stageCopy } from '../../electron/main/core/data/staging';
import type { CoreBackend } from '../../electron/main/core/service/backend';
import { startCoreService } from '../../electron/main/core/service/service';
import { type BenchRow, stats } from '../lib/measure';
import { repoRoot, type Workspace } from '../lib/fixtures';

const workerFile = join(repoRoot, 'out', 'main', 'core-worker.js');

interface Felt {
  /** How long the busy call took, ms. */
  took: number;
  /** The longest the calling thread's 10 ms timer came late, ms. */
  longestStall: number;
  /** Every read's wait while the call ran, ms. */
  reads: number[];
  /** Every save's wait (this app's own, to the writer the busy call runs on) while the call ran, ms. */
  saves: number[];
}

/**
 * Runs `busy` while a 10 ms timer, a read every 50 ms and a save every 100 ms (a half-typed entry,
 * which the writer thread keeps) watch the calling thread, the reader and the writer.
 */
async function whileBusy(service: CoreBackend, busy: () => Promise<void>): Promise<Felt> {
  let running = true;
  let longestStall = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last - 10);
    last = now;
  }, 10);
  const reads: number[] = [];
  const reader = (async () => {
    while (running) {
      const t = performance.now();
      const home = await service.call('incidents.home', {});
      if (!home.ok) throw new Error(`incidents.home: ${home.message}`);
      if (running) reads.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const saves: number[] = [];
  const saver = (async () => {
    for (let n = 0; running; n++) {
      const t = performance.now();
      const saved = await service.call('drafts.save', { key: 'quick-log', value: { whatHappened: `Half typed ${n}` } });
      if (!saved.ok) throw new Error(`drafts.save: ${saved.message}`);
      if (running) saves.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const started = performance.now();
  try {
    await busy();
  } finally {
    running = false;
    clearInterval(timer);
  }
  const took = performance.now() - started;
  await Promise.all([reader, saver]);
  return { took, longestStall: Math.max(0, longestStall), reads, saves };
}

/** `savesWait`: the app's own saves wait for it by design (a restore replaces what they would change), so they are reported, not budgeted. */
function rows(what: string, felt: Felt, savesWait = false): BenchRow[] {
  const longestRead = Math.max(0, ...felt.reads);
  return [
    {
      what: `calling thread during ${what}: longest stall`,
      unit: 'ms',
      value: stats([felt.longestStall]),
      reference: { what: `${what} itself (the stall on one thread)`, value: stats([felt.took]) },
      budget: { max: 100 },
      note: 'the window (app) or every HTTP request (serve) would wait this long',
    },
    {
      what: `a read (Home) during ${what}: longest wait`,
      unit: 'ms',
      value: stats([longestRead]),
      reference: { what: 'median read in that time', value: stats(felt.reads) },
      budget: { max: 1000 },
      note: `${felt.reads.length} reads answered while it ran`,
    },
    {
      what: `a save in the same app (a draft) during ${what}: longest wait`,
      unit: 'ms',
      value: stats([Math.max(0, ...felt.saves)]),
      reference: { what: 'median save in that time', value: stats(felt.saves) },
      budget: savesWait ? {} : { max: 2000 },
      note: savesWait
        ? `${felt.saves.length} saves; by design they wait for the restore, then land on the restored data (other programs' saves wait only for its 0.5 s lock)`
        : `${felt.saves.length} saves while it ran`,
    },
  ];
}

export async function threadBench(ws: Workspace): Promise<BenchRow[]> {
  copyFileSync(ws.path('big.sqlite'), ws.path('thread.sqlite'));
  const out: BenchRow[] = [];
  let service = await startCoreService({ open: { databasePath: ws.path('thread.sqlite'), version: 'bench' }, workerFile });
  try {
    const made = await service.call('data.backup', {});
    if (!made.ok) throw new Error(made.message);
    const name = (made.value as { name: string }).name;
    const felt = await whileBusy(service, async () => {
      const restored = await service.call('data.restore', { name });
      if (!restored.ok) throw new Error(`restore: ${restored.message}`);
    });
    out.push(...rows('a restore of 100,000 incidents', felt, true));
  } finally {
    await service.close();
  }

  // 100,000 incidents' CSV into an empty file.
  const source = ws.open('big.sqlite');
  const csv = exportCsv(source.db, {}).csv;
  source.close();
  const target = ws.path('thread-import.sqlite');
  service = await startCoreService({ open: { databasePath: target, version: 'bench' }, workerFile });
  try {
    const lines = csv.split('\n').length - 2;
    // Staged as the app's open dialog leaves a file (core/data/staging.ts).
    writeFileSync(ws.path('thread-import.csv'), csv);
    const { file } = await stageCopy(target, ws.path('thread-import.csv'));
    const felt = await whileBusy(service, async () => {
      const imported = await service.call('data.import', { file });
      if (!imported.ok || !(imported.value as { written: boolean }).written) throw new Error(`import: ${JSON.stringify(imported).slice(0, 300)}`);
    });
    out.push(...rows(`an import of ${lines.toLocaleString('en-US')} rows`, felt));
  } finally {
    await service.close();
  }
  return out;
}

