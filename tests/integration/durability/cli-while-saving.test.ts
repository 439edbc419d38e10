// The command line beside a running app that is saving (issue 13, point 9): while another process
// holds the write lock, the read-only commands finish at once, and a command that writes waits,
// says so once, and goes on when the lock frees; nobody sees "database is locked".
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitingLine } from '../../../electron/cli/busy';
import { connect } from '../../../electron/main/core/db/connect';
import { migrate, schemaVersion } from '../../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../../electron/main/core/db/migrations';
import { bundleChild } from './bundle';

// Real processes on a machine that may be busy: each step gets room (the assertions, not the clock, decide).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const bin = join(repoRoot, 'bin', 'makegood.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** When it ended (performance.now()). */
  endedAt: number;
}

let dir: string;
let db: string;
let locker: ReturnType<typeof bundleChild>;
let holder: ChildProcessWithoutNullStreams | null = null;

function cli(...args: string[]): Promise<Run> & { stderrSoFar: () => string } {
  const child = spawn(process.execPath, [bin, '--db', db, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, endedAt: performance.now() }));
  });
  return Object.assign(done, { stderrSoFar: () => stderr });
}

/** Another process holding the write lock (as the app does while it saves) until release(). */
async function holdWriteLock(mode: 'write' | 'exclusive' = 'write'): Promise<{ release: () => Promise<number> }> {
  const child = spawn(process.execPath, [locker.path, db, ...(mode === 'exclusive' ? ['exclusive'] : [])], { stdio: ['pipe', 'pipe', 'pipe'] });
  holder = child;
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      if (out.includes('locked\n')) resolve();
    });
    void closed.then(() => reject(new Error(`the lock holder ended early: ${err.trim()}`)));
  });
  return {
    release: async () => {
      const at = performance.now();
      child.stdin.end();
      await closed;
      holder = null;
      expect(out).toContain('released');
      return at;
    },
  };
}

const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

beforeAll(() => {
  expect(existsSync(join(repoRoot, 'out', 'main', 'cli.js')), 'run `npm run build` first: this test drives the built command').toBe(true);
  locker = bundleChild('locker.ts');
});
afterAll(() => locker.remove());

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-cli-busy-'));
  db = join(dir, 'makegood.sqlite');
  const demo = await cli('demo', '--incidents', '60', '--seed', '3');
  expect(demo.code, demo.stderr).toBe(0);
});
afterEach(() => {
  holder?.kill('SIGKILL');
  holder = null;
  rmSync(dir, { recursive: true, force: true });
});

describe('while the app holds the write lock', () => {
  it('figures, backup and export finish without waiting and without error', async () => {
    const lock = await holdWriteLock();
    const month = new Date().toISOString().slice(0, 7);
    const [figures, backup, exported] = await Promise.all([
      cli('figures', '--month', month, '--json'),
      cli('backup', '--out', join(dir, 'copy.sqlite')),
      cli('export', join(dir, 'all.csv')),
    ]);
    const releasedAt = await lock.release();
    for (const [name, run] of Object.entries({ figures, backup, exported })) {
      expect({ code: run.code, stderr: run.stderr }, name).toEqual({ code: 0, stderr: '' });
      // Done while the lock was still held: a command that waited for it would have given up after
      // the 5 s busy timeout with an error, since the lock is released only after all three ended.
      expect(run.endedAt, name).toBeLessThan(releasedAt);
    }
    expect(JSON.parse(figures.stdout)).toHaveProperty('incidents');
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(true);
    expect(readFileSync(join(dir, 'all.csv'), 'utf8').split('\n').length).toBeGreaterThan(60);
  });

  it('import says once that it waits, then imports when the lock frees', async () => {
    const csv = join(dir, 'old-log.csv');
    writeFileSync(csv, 'ref,occurred_at,channel,what_happened,severity\nOLD-1,2026-10-03T14:05,phone,Cold latte,2\nOLD-2,2026-10-04T09:30,in_person,Wrong size,1\n');
    const lock = await holdWriteLock();
    const run = cli('import', csv);
    await until(() => run.stderrSoFar().includes(waitingLine()), 10_000);
    // Longer than the busy timeout (5 s) would be too slow for a test; past the first try is enough
    // to show it keeps waiting rather than giving up.
    await new Promise((r) => setTimeout(r, 1500));
    const releasedAt = await lock.release();
    const done = await run;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toBe(`${waitingLine()}\n`);
    expect(done.stdout).toMatch(/^Imported 2 incidents/m);
    expect(done.endedAt).toBeGreaterThan(releasedAt);
    const check = connect(db, { readonly: true });
    expect(check.prepare("SELECT count(*) FROM incidents WHERE ref LIKE 'OLD-%'").pluck().get()).toBe(2);
    check.close();
  });
});

describe('restore while the app holds the write lock', () => {
  it('waits too, saying so once, then restores', async () => {
    const backup = join(dir, 'copy.sqlite');
    expect((await cli('backup', '--out', backup)).code).toBe(0);
    const lock = await holdWriteLock();
    const run = cli('restore', backup);
    await until(() => run.stderrSoFar().includes(waitingLine()), 10_000);
    await lock.release();
    const done = await run;
    expect(done.code, done.stderr).toBe(0);
    expect(done.stderr).toBe(`${waitingLine()}\n`);
    expect(done.stdout).toMatch(/^Restored /);
  });
});

describe('a file another program keeps locked past the busy wait', () => {
  it('is one sentence and exit code 1, not a stack trace', async () => {
    const lock = await holdWriteLock('exclusive');
    const run = await cli('figures', '--month', '2026-10');
    await lock.release();
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('makegood: the data file is busy in another program (Makegood saving, or another command); try again in a moment.\n');
  });
});

describe('a read-only command on a file from an older version', () => {
  it('says in one sentence to open it in Makegood first, and changes nothing', async () => {
    const old = join(dir, 'old.sqlite');
    const file = connect(old);
    migrate(file, MIGRATIONS.slice(0, 3));
    file.close();
    const run = await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, [bin, '--db', old, 'figures', '--month', '2026-10'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.on('close', (code) => resolve({ code, stdout: '', stderr, endedAt: 0 }));
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/open it in Makegood once/);
    const after = connect(old, { readonly: true });
    expect(schemaVersion(after)).toBe(3);
    after.close();
  });
});
