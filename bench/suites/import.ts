// Import of the files shops have (issue 14):
//   - a 10,000-row .xlsx workbook (real date cells, plain-word headers) into an empty file, through
//     the core's importer as the app and `makegood import` run it (budget 3 s); beside it, reading
//     the workbook alone;
//   - a 200,000-row CSV as European Excel saves it (`;`, BOM, CRLF, decimal commas, dd/mm/yyyy
//     dates, some cells over two lines), 31 MB, imported by `makegood import`: the command's peak
//     memory (budget 300 MB; the file is streamed, never held whole) and how long it took; and the
//     same file uploaded to `serve` (POST /import-upload) and imported there, as browser mode does:
//     the peak of the serve process, its HTTP thread and the core's two threads together.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { request } from 'node:http';
import { join } from 'node:path';
import { importFile } from '../../electron/main/core/data/import';
import { openSource } from '../../electron/main/core/data/sources';
import { writeXlsx } from '../../tests/support/workbook';
import { type BenchRow, stats } from '../lib/measure';
import { cli, DEMO_NOW, repoRoot, type Workspace } from '../lib/fixtures';
import { tradeLink } from '../../shared/browserKey';
import { serve, stop } from './processes';

const pad = (n: number) => String(n).padStart(2, '0');

/** The rows of a typed-up paper log: plain-word headers, a date cell, an amount on every fifth row. */
function workbookRows(rows: number): (string | number | Date | null)[][] {
  const out: (string | number | Date | null)[][] = [['Date', 'Customer', 'Phone', 'Complaint', 'Category', 'Served by', 'Refund']];
  for (let i = 1; i <= rows; i++) {
    out.push([
      new Date(2026, i % 10, 1 + (i % 28), 8 + (i % 12), i % 60),
      `Customer ${i % 997}`,
      i % 3 === 0 ? `+49 30 ${1_000_000 + i}` : null,
      `Order ${i} came late and cold; replaced and apologised`,
      `Category ${i % 7}`,
      `Staff ${i % 9}`,
      i % 5 === 0 ? (i % 40) / 4 : null,
    ]);
  }
  return out;
}

async function writeEuropeanCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFFDatum;Kunde;Telefon;Beschwerde;Kategorie;Bedient von;Erstattung\r\n');
  for (let i = 1; i <= rows; i++) {
    const what = i % 50 === 0 ? `"Kaffee kalt; Kunde sagte ""wieder""\r\nzweite Zeile ${i}"` : `Bestellung ${i} kam spät und kalt, ersetzt und entschuldigt`;
    const refund = i % 5 === 0 ? `${(i % 40) / 4}`.replace('.', ',') : '';
    const line = `${pad(1 + (i % 28))}/${pad(1 + (i % 10))}/2026 ${pad(8 + (i % 12))}:${pad(i % 60)};Kunde ${i % 997};${i % 3 === 0 ? `+49 30 ${1_000_000 + i}` : ''};${what};Kategorie ${i % 7};Team ${i % 9};${refund}\r\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** `makegood import` in a process of its own: its peak memory (VmHWM, bench/max-rss.mjs), seconds, and what it said. */
async function cliImport(ws: Workspace, file: string, database: string): Promise<{ mb: number; seconds: number; out: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', join(repoRoot, 'bench', 'max-rss.mjs'), cli, '--db', ws.path(database), 'import', file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const kb = Number(/max-rss-kb (\d+)/.exec(err)?.[1]);
  if (code !== 0 || !Number.isFinite(kb)) throw new Error(`makegood import exited ${code}: ${err.slice(0, 500)}`);
  return { mb: kb / 1024, seconds: (performance.now() - started) / 1000, out };
}

/** POSTs JSON and reads the JSON answer, however long the server takes to begin it. */
function postJson(url: string, headers: Record<string, string>, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The file uploaded to a `serve` on a new data file and imported there: the serve process's peak memory (VmHWM) and seconds. */
async function serveImport(ws: Workspace, file: string, database: string): Promise<{ mb: number; seconds: number }> {
  const server = serve(ws.path(database));
  try {
    const { origin, sessionKey } = await tradeLink(await server.url);
    const authorization = `Bearer ${sessionKey}`;
    const started = performance.now();
    const sent = await fetch(`${origin}/import-upload`, {
      method: 'POST',
      headers: { authorization, 'x-file-name': 'log.csv', 'content-type': 'application/octet-stream', 'content-length': String(statSync(file).size) },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    const staged = (await sent.json()) as { ok: boolean; value?: { file: string } };
    if (!staged.ok || !staged.value) throw new Error(`upload: ${JSON.stringify(staged).slice(0, 300)}`);
    // Not fetch: its response must begin within 300 s, and on a slow day the import takes longer.
    const imported = (await postJson(`${origin}/rpc/data.import`, { authorization }, JSON.stringify({ file: staged.value.file }))) as {
      ok: boolean;
      value?: { written: boolean; incidents: number };
    };
    if (!imported.ok || !imported.value?.written) throw new Error(`serve import: ${JSON.stringify(imported).slice(0, 300)}`);
    const seconds = (performance.now() - started) / 1000;
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.child.pid}/status`, 'utf8'))?.[1] ?? NaN);
    return { mb: kb / 1024, seconds };
  } finally {
    await stop(server.child);
  }
}

export async function importBench(ws: Workspace, runs = 3): Promise<BenchRow[]> {
  const xlsx = ws.path('import-10k.xlsx');
  writeXlsx(xlsx, workbookRows(10_000));
  const imports: number[] = [];
  const reads: number[] = [];
  let incidents = 0;
  for (let i = 0; i < runs; i++) {
    const core = ws.open(`import-xlsx-${i}.sqlite`);
    const started = performance.now();
    const result = await importFile(core.db, xlsx, { mapping: {}, historic: true, skipBadRows: false, dryRun: false }, DEMO_NOW);
    imports.push((performance.now() - started) / 1000);
    core.close();
    if (!result.written) throw new Error(`the .xlsx import wrote nothing: ${JSON.stringify(result.problems.slice(0, 3))}`);
    incidents = result.incidents;
    const read = performance.now();
    const source = await openSource(xlsx, {});
    for await (const _ of source.rows());
    reads.push((performance.now() - read) / 1000);
  }

  const csv = ws.path('import-200k.csv');
  await writeEuropeanCsv(csv, 200_000);
  ws.open('import-200k.sqlite').close();
  const big = await cliImport(ws, csv, 'import-200k.sqlite');
  if (!/Imported 200,000 incidents/.test(big.out)) throw new Error(`the 200,000-row import: ${big.out.slice(0, 500)}`);
  ws.open('import-200k-serve.sqlite').close();
  const served = await serveImport(ws, csv, 'import-200k-serve.sqlite');
  const mb = (statSync(csv).size / 1024 / 1024).toFixed(0);
  return [
    { what: `.xlsx import, ${incidents.toLocaleString('en-US')} rows (date cells, plain-word headers)`, unit: 's', value: stats(imports), reference: { what: 'reading the workbook', value: stats(reads) }, budget: { max: 3 } },
    { what: `makegood import of a ${mb} MB European Excel CSV, 200,000 rows: peak memory (in ${big.seconds.toFixed(0)} s)`, unit: 'MB', value: stats([big.mb]), budget: { max: 300 } },
    { what: `the same file uploaded to serve and imported there: serve's peak memory (in ${served.seconds.toFixed(0)} s)`, unit: 'MB', value: stats([served.mb]), budget: { max: 300 } },
  ];
}
