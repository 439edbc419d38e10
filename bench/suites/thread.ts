// The calling thread while the core works: `serve`'s HTTP thread (and, the same code in the app's
// utility process, the window's main process) must keep running, and reads keep answering, while
// the writer restores 100,000 incidents or imports 100,000 rows. Each is measured as a person at the
// counter would feel it: the longest the calling thread stalled, and the longest a read waited.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../../electron/main/core/data/export';
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
}

/** Runs `busy` while a 10 ms timer and a read every 50 ms watch the calling thread and the reader. */
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
  const started = performance.now();
  try {
    await busy();
  } finally {
    running = false;
    clearInterval(timer);
  }
  const took = performance.now() - started;
  await reader;
  return { took, longestStall: Math.max(0, longestStall), reads };
}

function rows(what: string, felt: Felt): BenchRow[] {
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
    out.push(...rows('a restore of 100,000 incidents', felt));
  } finally {
    await service.close();
  }

  // 100,000 incidents' CSV into an empty file.
  const source = ws.open('big.sqlite');
  const csv = exportCsv(source.db, {}).csv;
  source.close();
  service = await startCoreService({ open: { databasePath: ws.path('thread-import.sqlite'), version: 'bench' }, workerFile });
  try {
    const lines = csv.split('\n').length - 2;
    const felt = await whileBusy(service, async () => {
      const imported = await service.call('data.import', { csv });
      if (!imported.ok || !(imported.value as { written: boolean }).written) throw new Error(`import: ${JSON.stringify(imported).slice(0, 300)}`);
    });
    out.push(...rows(`an import of ${lines.toLocaleString('en-US')} rows`, felt));
  } finally {
    await service.close();
  }
  return out;
}

