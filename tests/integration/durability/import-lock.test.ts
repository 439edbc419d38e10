// A large import holds the write lock only a moment at a time (data/import.ts): a counter saving in
// another process gets in between its transactions, an import killed half-way leaves nothing once
// the file is opened again, and one refused half-way because the data changed undoes itself.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/main/core/app';
import { backupDatabase } from '../../../electron/main/core/backup';
import { restoreDatabase } from '../../../electron/main/core/backups/restore';
import { connect, type Db } from '../../../electron/main/core/db/connect';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { importFile, importText } from '../../support/importFile';
import { bundleChild } from './bundle';
import { type RunningChild, startChild } from './child';
import { sqliteOnly } from '../../../electron/main/core/db/engine';

let dir: string;
let importer: ReturnType<typeof bundleChild>;
let saver: ReturnType<typeof bundleChild>;
const children = new Set<ChildProcess>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-import-lock-'));
  importer = bundleChild('importer.ts');
  saver = bundleChild('saver.ts');
});
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  importer?.remove();
  saver?.remove();
});

/** A data file with a little history already in it: an import, an incident logged at the counter. */
async function seeded(name: string): Promise<string> {
  const path = join(dir, name);
  const core = openCore({ databasePath: path, version: 'test' });
  await importText(sqliteOnly(core.db, 'this test'), importFile(40, 'BASE', 'Base'));
  const logged = await dispatch(core.handlers, 'incidents.create', { whatHappened: 'Logged at the counter', customer: { name: 'Dana' } });
  expect(logged.ok).toBe(true);
  core.close();
  return path;
}

const DATA_TABLES = ['incidents', 'compensations', 'customers', 'categories', 'root_causes', 'staff', 'incident_events', 'lesson_incidents', 'import_batches', 'import_batch_rows'];

/** Each data table's rows as one hash, and the search index's rows, so "as before" is checked row by row. */
function tables(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  for (const table of DATA_TABLES) {
    const rows = (db.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort();
    out[table] = `${rows.length} ${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  out.search = JSON.stringify(db.prepare('SELECT rowid, * FROM incidents_fts ORDER BY rowid').raw().all());
  return out;
}

/** A child of this folder, killed at the end of the file if a test left it running. */
function start(path: string, args: string[]): RunningChild {
  const running = startChild(path, args);
  children.add(running.child);
  running.child.on('close', () => children.delete(running.child));
  return running;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a large import and the write lock', () => {
  it('lets a counter in another process save every 50 ms: every save succeeds, none waits 2 s, and they land between its transactions', async () => {
    const path = await seeded('saving.sqlite');
    const csv = join(dir, 'saving.csv');
    writeFileSync(csv, importFile(8_000));
    const run = start(importer.path, [path, csv, '400']);
    await run.opened;
    const counter = start(saver.path, [path, '50']);
    await counter.opened;
    await run.ended;
    await sleep(200);
    counter.child.stdin!.end();
    await counter.ended;

    const imported = JSON.parse(run.lines[0] ?? '{}') as { written: boolean; incidents: number; ms: number };
    expect(imported).toMatchObject({ written: true, incidents: 8_000 });
    const saves = counter.lines.map((l) => l.split(' '));
    expect(saves.length).toBeGreaterThan(10);
    expect(saves.filter(([ok]) => ok !== '1')).toEqual([]);
    const longest = Math.max(...saves.map(([, ms]) => Number(ms)));
    console.log(`import of 8,000 rows in ${imported.ms} ms; ${saves.length} saves meanwhile, the longest took ${longest.toFixed(0)} ms`);
    expect(longest).toBeLessThan(2_000);

    const db = connect(path, { readonly: true });
    try {
      const span = db.prepare("SELECT min(id) AS first, max(id) AS last, count(*) AS n FROM incidents WHERE what_happened LIKE 'Imported history%'").get() as { first: number; last: number; n: number };
      expect(span.n).toBe(8_000);
      const between = db.prepare("SELECT count(*) FROM incidents WHERE what_happened LIKE 'Saved at the counter%' AND id BETWEEN ? AND ?").pluck().get(span.first, span.last);
      // Saves written in the middle of the import, not queued behind it.
      expect(between).toBeGreaterThan(0);
      expect(db.prepare('SELECT count(*) FROM import_batches WHERE finished_at IS NULL').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM import_batch_rows').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  }, 60_000);

  it('killed half-way, leaves after the next open exactly the data there was before it, search included', async () => {
    const path = await seeded('killed.sqlite');
    const csv = join(dir, 'killed.csv');
    writeFileSync(csv, importFile(6_000));
    const reader = connect(path, { readonly: true });
    const before = tables(reader);
    const run = start(importer.path, [path, csv, '200']);
    await run.opened;
    // Killed once three of its transactions have committed.
    const written = reader.prepare("SELECT count(*) FROM import_batch_rows WHERE tbl = 'incidents'").pluck();
    for (let waited = 0; (written.get() as number) < 3; waited += 10) {
      if (waited > 30_000) throw new Error('the import never wrote three transactions');
      await sleep(10);
    }
    run.child.kill('SIGKILL');
    await run.ended;
    // It was cut off in the middle: part of it is in the file, unfinished.
    expect(reader.prepare('SELECT count(*) FROM import_batches WHERE finished_at IS NULL').pluck().get()).toBe(1);
    expect(reader.prepare("SELECT count(*) FROM incidents WHERE what_happened LIKE 'Imported history%'").pluck().get()).toBeGreaterThanOrEqual(600);
    reader.close();

    const core = openCore({ databasePath: path, version: 'test' });
    try {
      expect(tables(sqliteOnly(core.db, 'this test'))).toEqual(before);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(core.db.pragma('foreign_key_check')).toEqual([]);
      core.db.exec("INSERT INTO incidents_fts (incidents_fts) VALUES ('integrity-check')");
      // The names it brought are gone too, and searching finds none of its text.
      expect(core.db.prepare("SELECT count(*) FROM staff WHERE name LIKE 'Imported%'").pluck().get()).toBe(0);
      expect(core.db.prepare("SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH 'imported'").pluck().get()).toBe(0);
    } finally {
      core.close();
    }
  }, 60_000);

  it('refused half-way because another window saved one of its refs, undoes itself and says so in one sentence', async () => {
    const path = await seeded('refused.sqlite');
    const core = openCore({ databasePath: path, version: 'test' });
    try {
      const db = core.db as Db;
      const before = tables(db);
      const big = importText(db, importFile(3_000), { chunk: 100, gapMs: 5 });
      const caught = big.then(() => new Error('the import was not refused'), (error: unknown) => error as Error);
      // Once its first transaction is in, another window imports a file with OLD-2900, which a later one of its transactions holds.
      while ((db.prepare('SELECT count(*) FROM import_batch_rows').pluck().get() as number) === 0) await sleep(1);
      const other = await importText(db, 'ref,occurred_at,what_happened\r\nOLD-2900,2026-09-03T10:00,Saved meanwhile\r\n');
      expect(other.written).toBe(true);
      const error = await caught;
      expect(error.message).toMatch(/^Line \d+: OLD-2900 was saved in Makegood by someone else while this file was being imported, so the import was undone and nothing from the file was kept; import it again\.$/);
      expect(error.message.split('. ')).toHaveLength(1);

      const after = tables(db);
      // Everything as before, but the one incident the other window saved (with its timeline line and search row).
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      expect(changed.sort()).toEqual(['incident_events', 'incidents', 'search']);
      expect(db.prepare("SELECT count(*) FROM incidents WHERE what_happened LIKE 'Imported history%'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT ref FROM incidents WHERE what_happened = 'Saved meanwhile'").pluck().all()).toEqual(['OLD-2900']);
      expect(Number(after.incidents?.split(' ')[0])).toBe(Number(before.incidents?.split(' ')[0]) + 1);
    } finally {
      core.close();
    }
  }, 60_000);

  it('comes back from a backup made half-way through it as if it had not started', async () => {
    const path = await seeded('backed-up.sqlite');
    const core = openCore({ databasePath: path, version: 'test' });
    try {
      const db = core.db as Db;
      const before = tables(db);
      const big = importText(db, importFile(2_000), { chunk: 100, gapMs: 5 });
      while ((db.prepare("SELECT count(*) FROM import_batch_rows WHERE tbl = 'incidents'").pluck().get() as number) < 2) await sleep(1);
      // A daily backup, say, made while the import is half-way.
      const copy = await backupDatabase(db, join(dir, 'half-way-backup.sqlite'));
      expect((await big).written).toBe(true);
      const restored = await restoreDatabase(db, path, copy, { label: 'half-way-backup.sqlite', now: new Date() });
      expect(restored.incidents).toBe(Number(before.incidents?.split(' ')[0]));
      const after = tables(db);
      for (const table of ['incidents', 'compensations', 'customers', 'categories', 'root_causes', 'staff', 'incident_events', 'import_batches', 'search']) {
        expect(after[table], table).toBe(before[table]);
      }
    } finally {
      core.close();
    }
  }, 60_000);

  it('is left alone when another window opens the file while it runs, and removed once this process forgets it', async () => {
    const path = await seeded('still-running.sqlite');
    const core = openCore({ databasePath: path, version: 'test' });
    try {
      const db = core.db as Db;
      const big = importText(db, importFile(1_000), { chunk: 100, gapMs: 5 });
      while ((db.prepare("SELECT count(*) FROM import_batch_rows WHERE tbl = 'incidents'").pluck().get() as number) < 2) await sleep(1);
      // Another window of this process opens the file: the batch is being written, so it stays.
      openCore({ databasePath: path, version: 'test' }).close();
      expect((await big).written).toBe(true);
      expect(db.prepare("SELECT count(*) FROM incidents WHERE what_happened LIKE 'Imported history%'").pluck().get()).toBe(1_000);
    } finally {
      core.close();
    }
  }, 60_000);
});
