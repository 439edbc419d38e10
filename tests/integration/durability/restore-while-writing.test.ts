// A restore while another Makegood keeps writing to the same file (the app at the counter, the
// owner restoring from the command line): the restore holds the file's write lock from the moment
// it saves the data as it is to the moment the backup's rows are in, so every incident the other
// process reported saved is either in that safety copy (written before) or in the restored data
// (written after). Nothing falls in between.
import { type ChildProcess, spawn } from 'node:child_process';
import type Database from 'better-sqlite3';
import { connect } from '../../../electron/main/core/db/connect';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/main/core/app';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { bundleChild } from './bundle';
import { sqliteOnly } from '../../../electron/main/core/db/engine';

let dir: string;
let writer: ReturnType<typeof bundleChild>;
let child: ChildProcess | null = null;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-restore-writing-'));
  writer = bundleChild('writer.ts');
});
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  writer?.remove();
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `done()`, failing with `what` (and what the writer said) after 20 s rather than hanging. */
async function until(done: () => boolean, what: () => string) {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 20_000) throw new Error(`gave up waiting: ${what()}`);
    await wait(10);
  }
}

describe('restoring while another process writes', () => {
  it('loses nothing that was reported saved: it is in the safety copy or in the restored data', async () => {
    const databasePath = join(dir, 'makegood.sqlite');
    const core = openCore({ databasePath, version: 'test' });
    for (let i = 0; i < 200; i += 1) await dispatch(core.handlers, 'incidents.create', { whatHappened: `In the backup ${i}` });
    const made = await dispatch(core.handlers, 'data.backup', {});
    if (!made.ok) throw new Error(made.message);
    const backupName = (made.value as { name: string }).name;

    const tokens: string[] = [];
    child = spawn(process.execPath, [writer.path, databasePath, '1', 'retry'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr?.setEncoding('utf8').on('data', (c: string) => (err += c));
    let buffer = '';
    child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      buffer += c;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) if (l !== 'open') tokens.push(l.split(' ')[2] ?? '');
    });
    await until(() => tokens.length >= 30, () => `30 incidents from the writer before the restore; ${err}`);

    const restored = await dispatch(core.handlers, 'data.restore', { name: backupName });
    expect(restored, err).toMatchObject({ ok: true });
    // Lines the writer printed while the restore blocked this process may still be arriving: wait
    // for writes that landed after the swap, in the restored data itself.
    const writtenAfter = () => core.db.prepare("SELECT count(*) FROM incidents WHERE what_happened LIKE 'Killed mid-write%'").pluck().get() as number;
    await until(() => writtenAfter() >= 20, () => `20 incidents from the writer after the restore; ${err}`);
    const afterRestore = tokens.length;
    await until(() => tokens.length >= afterRestore + 5, () => `more lines from the writer; ${err}`);
    child.kill('SIGKILL');
    await new Promise((r) => child?.once('close', r));
    child = null;
    expect(err).toBe('');

    const texts = (db: Database.Database) => new Set(db.prepare('SELECT what_happened FROM incidents').pluck().all() as string[]);
    const safety = connect((restored as { value: { safetyCopy: string } }).value.safetyCopy, { readonly: true });
    const before = texts(safety);
    safety.close();
    const now = texts(sqliteOnly(core.db, 'this test'));
    const lost = tokens.filter((tok) => !before.has(`Killed mid-write ${tok}`) && !now.has(`Killed mid-write ${tok}`));
    expect(lost, `of ${tokens.length} incidents the other process saved`).toEqual([]);
    // Writes landed on both sides of the restore (the test saw the race), and the restored data is
    // the backup's 200 plus what came after. (Lines printed before the swap may arrive after it:
    // the restore blocks this process's event loop, not the writer.)
    expect(before.size).toBeGreaterThan(200 + 30);
    expect(now.size).toBeGreaterThan(200);
    expect([...now].filter((t) => t.startsWith('In the backup')).length).toBe(200);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  }, 60_000);
});
