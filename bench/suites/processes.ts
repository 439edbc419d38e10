// Whole commands and the browser: the monthly PDF from the CLI, and browser mode from `serve`
// starting to the journal drawn. Each beside Chromium doing nothing but the bare minimum.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { linksIn, tradeLink } from '../../shared/browserKey';
import { type BenchRow, stats } from '../lib/measure';
import { CHROMIUM, CHROMIUM_ARGS, MONTH, cli, repoRoot, type Workspace } from '../lib/fixtures';

/** Milliseconds from spawning `node args…` to its exit; throws on a non-zero exit. */
function timeNode(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}: ${err}`))));
  });
}

export async function pdfBench(ws: Workspace, runs = 5): Promise<BenchRow[]> {
  ws.demo('month.sqlite', MONTH);
  const report = (edition: string[]) => [cli, '--db', ws.path('month.sqlite'), 'report', '--month', MONTH.month, '--out', ws.path('r.pdf'), ...edition];
  const internal: number[] = [];
  const external: number[] = [];
  const blank: number[] = [];
  // Once untimed: the first Chromium start of a run reads it from disk.
  await timeNode([join(repoRoot, 'bench', 'blank-pdf.mjs')]);
  for (let i = 0; i < runs; i++) {
    internal.push((await timeNode(report(['--internal']))) / 1000);
    external.push((await timeNode(report([]))) / 1000);
    blank.push((await timeNode([join(repoRoot, 'bench', 'blank-pdf.mjs')])) / 1000);
  }
  const reference = { what: 'Chromium printing a blank page', value: stats(blank) };
  return [
    { what: 'PDF of October 2026 (3,082 incidents), internal', unit: 's', value: stats(internal), reference, budget: { max: 5 } },
    { what: 'PDF of October 2026 (3,082 incidents), external', unit: 's', value: stats(external), reference, budget: { max: 5 } },
  ];
}

/** Starts `makegood serve` on `db`; resolves with the printed one-time link and the process. */
export function serve(db: string) {
  const child = spawn(process.execPath, [cli, '--db', db, 'serve'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const [link] = linksIn(out);
      if (link) resolve(link);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
  return { child, url };
}

export const stop = (child: ReturnType<typeof spawn>) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill();
  });

export async function browserBench(ws: Workspace, runs = 5): Promise<BenchRow> {
  const journal: number[] = [];
  const blank: number[] = [];
  // Round 0 is untimed: the first start of a day also makes that day's backup of the file.
  for (let i = -1; i < runs; i++) {
    let started = performance.now();
    const server = serve(ws.path('big.sqlite'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    const link = await server.url;
    await page.goto(link);
    // The link's fragment is its key; the page takes it out as it starts, then the journal's address.
    await page.goto(`${new URL(link).origin}/#/journal`);
    await page
      .getByRole('listitem')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: ws.path('journal-failed.png') });
        throw error;
      });
    if (i >= 0) journal.push(performance.now() - started);
    await browser.close();
    await stop(server.child);

    started = performance.now();
    const plain = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    await (await plain.newPage()).goto('about:blank');
    if (i >= 0) blank.push(performance.now() - started);
    await plain.close();
  }
  return {
    what: 'browser mode: serve started to journal drawn (100,000)',
    unit: 's',
    value: stats(journal.map((ms) => ms / 1000)),
    reference: { what: 'Chromium opening a blank page', value: stats(blank.map((ms) => ms / 1000)) },
    budget: { max: 1.5 },
  };
}

/**
 * Resident memory of `serve` on 100,000 incidents: its peak over the screens a day at the counter
 * opens; the peak of a `serve` that downloads a full CSV export (GET /export.csv, streamed); and,
 * reported, the peak of the first once it has also sent that export after the day of screens.
 */
export async function memoryBench(ws: Workspace): Promise<BenchRow[]> {
  const day = await servedSession(ws);
  const year = { from: '2025-11-23', to: '2026-11-22' };
  for (let round = 0; round < 3; round++) {
    await day.rpc('incidents.home', {});
    for (const q of [undefined, 'waited', 'oat milk']) await day.rpc('incidents.list', { limit: 100, filter: q ? { q } : {} });
    for (const chart of ['callouts', 'pareto', 'trend', 'recovery', 'recoveryByKind', 'breakdowns']) await day.rpc(`patterns.${chart}`, year);
    await day.rpc('figures.month', { month: '2026-10' });
    await day.rpc('compensations.month', { month: '2026-10' });
    await day.rpc('lessons.list', {});
    await day.rpc('diagnose.queue', {});
  }
  const screens = day.peakMb();
  await day.downloadExport();
  const screensThenExport = day.peakMb();
  await stop(day.server.child);

  const fresh = await servedSession(ws);
  await fresh.rpc('incidents.home', {});
  await fresh.downloadExport();
  const exported = fresh.peakMb();
  await stop(fresh.server.child);
  return [
    { what: 'backend memory at 100,000: serve, peak over a day of screens', unit: 'MB', value: stats([screens]), budget: { max: 200 } },
    { what: 'backend memory at 100,000: serve, peak downloading a full CSV export (GET /export.csv)', unit: 'MB', value: stats([exported]), budget: { max: 200 } },
    { what: 'backend memory at 100,000: serve, peak over a day of screens, then a full CSV export', unit: 'MB', value: stats([screensThenExport]), budget: {}, note: 'reported, not budgeted' },
    await cliExportMemory(ws),
  ];
}

/** A `serve` on the big file with a session: calls, the streamed export, and its peak resident memory. */
async function servedSession(ws: Workspace) {
  const server = serve(ws.path('big.sqlite'));
  const { origin, sessionKey } = await tradeLink(await server.url);
  const authorization = `Bearer ${sessionKey}`;
  return {
    server,
    rpc: async (channel: string, body: unknown) => {
      const res = await fetch(`${origin}/rpc/${channel}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${channel}: ${res.status}`);
      await res.arrayBuffer();
    },
    downloadExport: async () => {
      const res = await fetch(`${origin}/export.csv`, { headers: { authorization } });
      if (!res.ok || !res.body) throw new Error(`/export.csv: ${res.status}`);
      let bytes = 0;
      for await (const piece of res.body) bytes += piece.byteLength;
      if (bytes < 1_000_000) throw new Error(`/export.csv sent only ${bytes} bytes`);
    },
    peakMb: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
  };
}

/** Peak resident memory of `makegood export` writing all 100,000 incidents (bench/max-rss.mjs reports it at exit). */
async function cliExportMemory(ws: Workspace): Promise<BenchRow> {
  const child = spawn(process.execPath, ['--import', join(repoRoot, 'bench', 'max-rss.mjs'), cli, '--db', ws.path('big.sqlite'), 'export', ws.path('cli-export.csv')], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const kb = Number(/max-rss-kb (\d+)/.exec(err)?.[1]);
  if (code !== 0 || !Number.isFinite(kb)) throw new Error(`makegood export exited ${code}: ${err}`);
  return { what: 'makegood export of 100,000 incidents: peak memory', unit: 'MB', value: stats([kb / 1024]), budget: { max: 200 } };
}
