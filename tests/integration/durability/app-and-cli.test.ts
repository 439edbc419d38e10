// The app open on the counter while the owner runs the command line on the same file: `makegood serve`
// (the same core the desktop app runs) keeps logging incidents while `import`, `export`, `backup` and
// `figures` run beside it, several at once. Nobody may see "database is locked", and every reader
// must see a consistent file: an import is all there or not there at all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { format, subHours } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksIn, tradeLink } from '../../../shared/browserKey';
import { expectHealthyFile } from './health';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const bin = join(repoRoot, 'bin', 'makegood.js');
const IMPORT_ROWS = 400;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dir: string;
let db: string;
let stopServe: (() => Promise<number | null>) | null = null;

/** One `makegood --db F ...` command, to its end. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--db', db, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Expects a command to have worked, quoting what it said if not. */
function expectWorked(run: Run, what: string): void {
  expect(run.stderr, `${what} said`).not.toMatch(/locked|busy/i);
  expect({ code: run.code, stderr: run.stderr.trim() }, what).toEqual({ code: 0, stderr: '' });
}

/** Starts `makegood serve` on a free port and returns the link it printed. */
function serve(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--db', db, 'serve', '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    stopServe = async () => {
      child.kill('SIGTERM');
      return exited;
    };
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const [link] = linksIn(out);
      if (link) resolve(link);
    });
    void exited.then((code) => reject(new Error(`serve ended with code ${code}: ${err.trim()}`)));
  });
}

/** Incidents as the import reads them: `refPrefix-1` … occurred in the last two days. */
function importFile(refPrefix: string): string {
  const now = new Date();
  const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => {
    const when = format(subHours(now, 1 + (i % 48)), "yyyy-MM-dd'T'HH:mm");
    return `${refPrefix}-${i + 1},${when},phone,Imported while the app was open ${refPrefix} ${i + 1},2`;
  });
  const file = join(dir, `${refPrefix}.csv`);
  writeFileSync(file, ['ref,occurred_at,channel,what_happened,severity', ...rows].join('\n'));
  return file;
}

/** How many of an import's incidents a snapshot holds: all or nothing, never part. */
const importedIn = (refs: string[], prefix: string) => refs.filter((r) => r.startsWith(`${prefix}-`)).length;

beforeAll(() => {
  const built = existsSync(join(repoRoot, 'out', 'main', 'cli.js')) && existsSync(join(repoRoot, 'out', 'renderer', 'index.html'));
  expect(built, 'run `npm run build` first: this test drives the built command').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'makegood-app-and-cli-'));
  db = join(dir, 'makegood.sqlite');
});
afterAll(async () => {
  await stopServe?.();
  rmSync(dir, { recursive: true, force: true });
});

describe('the app and the command line on one data file at once', () => {
  it('never reports a locked database, and every reader sees whole transactions', async () => {
    expectWorked(await cli('demo', '--incidents', '300', '--seed', '3'), 'demo');
    // The session key, as the page gets it: the printed link traded once.
    const { origin, sessionKey } = await tradeLink(await serve());
    const rpc = async (channel: string, body: unknown) => {
      const res = await fetch(`${origin}/rpc/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sessionKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; code?: string; message?: string };
    };

    // The counter: logs, marks heard and searches, without pause, until the command line is done.
    const logged = new Map<number, string>();
    const refused: unknown[] = [];
    let counterRunning = true;
    const counter = (async () => {
      for (let n = 0; counterRunning; n++) {
        const text = `Logged at the counter during the owner's commands ${n}`;
        const created = await rpc('incidents.create', { whatHappened: text, channel: 'in_person' });
        if (!created.ok) {
          refused.push(created);
          continue;
        }
        const { id } = (created.value as { incident: { id: number } }).incident;
        logged.set(id, text);
        const answers = await Promise.all([rpc('incidents.setStep', { id, step: 'heard', done: true }), rpc('incidents.list', { filter: { q: 'counter' } })]);
        refused.push(...answers.filter((a) => !a.ok));
      }
    })();

    const month = format(new Date(), 'yyyy-MM');
    const waves: { prefix: string; export: string; backup: string }[] = [];
    for (const prefix of ['IMPA', 'IMPB']) {
      const wave = { prefix, export: join(dir, `export-${prefix}.csv`), backup: join(dir, `backup-${prefix}.sqlite`) };
      waves.push(wave);
      const file = importFile(prefix);
      const loggedBefore = logged.size;
      const [imported, exported, backedUp, figures] = await Promise.all([
        cli('import', file),
        cli('export', wave.export),
        cli('backup', '--out', wave.backup),
        cli('figures', '--month', month, '--json'),
      ]);
      expectWorked(imported, `import ${prefix}`);
      expect(imported.stdout).toContain(`Imported ${IMPORT_ROWS} incidents`);
      expectWorked(exported, `export during import ${prefix}`);
      expectWorked(backedUp, `backup during import ${prefix}`);
      expectWorked(figures, `figures during import ${prefix}`);
      expect((JSON.parse(figures.stdout) as { incidents: number }).incidents).toBeGreaterThan(0);
      expect(logged.size - loggedBefore, `incidents logged at the counter while ${prefix} ran`).toBeGreaterThan(0);
    }
    counterRunning = false;
    await counter;
    expect(refused, 'calls the counter saw refused').toEqual([]);

    // With everything quiet, the app and the command line give the same figures from the same file.
    const fromApp = await rpc('figures.month', { month });
    const fromCli = await cli('figures', '--month', month, '--json');
    expectWorked(fromCli, 'figures at rest');
    expect(JSON.parse(fromCli.stdout)).toEqual(fromApp.value);
    expect(await stopServe?.(), 'serve stops cleanly').toBe(0);
    stopServe = null;

    // The file: sound, with every incident the counter was told was saved and both imports whole.
    const { ids } = expectHealthyFile(db, 'the data file');
    for (const id of logged.keys()) expect(ids.has(id), `incident ${id} logged at the counter`).toBe(true);
    const finalExport = await cli('export', join(dir, 'final.csv'));
    expectWorked(finalExport, 'final export');
    const finalRefs = (parse(readFileSync(join(dir, 'final.csv'), 'utf8'), { columns: true }) as { ref: string }[]).map((r) => r.ref);
    for (const { prefix } of waves) expect(importedIn(finalRefs, prefix), `${prefix} in the file`).toBe(IMPORT_ROWS);

    // Each export and backup made during an import holds it whole or not at all, and is itself sound.
    for (const wave of waves) {
      const refs = (parse(readFileSync(wave.export, 'utf8'), { columns: true }) as { ref: string }[]).map((r) => r.ref);
      expect([0, IMPORT_ROWS], `${wave.prefix} in the export made beside it`).toContain(importedIn(refs, wave.prefix));
      const backup = expectHealthyFile(wave.backup, `backup made during ${wave.prefix}`);
      expect([0, IMPORT_ROWS], `${wave.prefix} in the backup made beside it`).toContain(importedIn(backup.refs, wave.prefix));
      expect(backup.ids.size).toBeGreaterThanOrEqual(300);
      expect(backup.ids.size).toBeLessThanOrEqual(ids.size);
    }
  }, 120_000);
});
