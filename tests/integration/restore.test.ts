import { connect } from '../../electron/main/core/db/connect';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoreCommand } from '../../electron/cli/restore';
import { openCore } from '../../electron/main/core/app';
import { restoreDatabase } from '../../electron/main/core/backups/restore';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { migrate, schemaVersion } from '../../electron/main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/core/db/migrations';
import { tempCore, type TempCore } from '../support/core';
import { snapshot } from '../support/snapshot';

let t: TempCore;
const backups = () => join(t.dir, 'backups');
const journal = async () => (await t.call('incidents.list', {})).items.map((i) => i.summary).sort();

beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  await t.call('incidents.create', { whatHappened: 'Latte was cold', customer: { name: 'Maria Lopez' } });
});
afterEach(() => t.cleanup());

/** A file in the backups folder, written by `write`, for the app to restore by name. */
function placeBackup(name: string, write: (path: string) => void): string {
  mkdirSync(backups(), { recursive: true });
  const path = join(backups(), name);
  write(path);
  return name;
}

/** A real Makegood file at an older schema version, built by running the migrations up to it. */
function oldVersionFile(path: string, version: number, whatHappened: string) {
  const db = connect(path);
  migrate(db, MIGRATIONS.slice(0, version));
  db.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
    VALUES ('MG-900', '2026-09-01T10:00:00.000Z', 'x', 'x', 'phone', ?, 2)`).run(whatHappened);
  db.close();
}

describe('restoring a good backup', () => {
  it('puts its data in place, after saving the data as it was', async () => {
    const { name } = await t.call('data.backup', {});
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    const restored = await t.call('data.restore', { name });
    expect(restored.incidents).toBe(1);
    expect(await journal()).toEqual(['Latte was cold']);
    // The data just before the restore is kept, whole.
    const safety = connect(restored.safetyCopy, { readonly: true });
    expect(safety.prepare('SELECT what_happened FROM incidents ORDER BY id').pluck().all()).toEqual(['Latte was cold', 'Logged after the backup']);
    safety.close();
    expect((await t.call('data.backups', {})).backups.map((b) => b.kind).sort()).toEqual(['before-restore', 'manual']);
    // The same connection keeps working: search, writes, the file is sound and current.
    expect((await t.call('incidents.list', { filter: { q: 'Maria' } })).total).toBe(1);
    await t.call('incidents.create', { whatHappened: 'Logged after the restore' });
    expect(t.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(schemaVersion(t.core.db)).toBe(LATEST_VERSION);
  });

  it('brings a backup from an older version up to date', async () => {
    const name = placeBackup('from-last-year.sqlite', (p) => oldVersionFile(p, 1, 'Kept since version 1'));
    await t.call('data.restore', { name });
    expect(schemaVersion(t.core.db)).toBe(LATEST_VERSION);
    expect(await journal()).toEqual(['Kept since version 1']);
    // The person's file itself is left exactly as it was.
    const own = connect(join(backups(), name), { readonly: true });
    expect(schemaVersion(own)).toBe(1);
    own.close();
  });

  it('takes a file with another page size', async () => {
    const name = placeBackup('small-pages.sqlite', (p) => {
      const db = connect(p);
      db.pragma('page_size = 1024');
      db.close();
      oldVersionFile(p, LATEST_VERSION, 'Written with 1 KB pages');
    });
    await t.call('data.restore', { name });
    expect(await journal()).toEqual(['Written with 1 KB pages']);
  });

  it('reads a copy whose last changes are still in its -wal file beside it', async () => {
    const name = placeBackup('copied-while-open.sqlite', (p) => {
      oldVersionFile(p, LATEST_VERSION, 'In the main file');
      const db = connect(p);
      db.pragma('journal_mode = WAL');
      db.pragma('wal_autocheckpoint = 0');
      db.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
        VALUES ('MG-901', '2026-09-02T10:00:00.000Z', 'x', 'x', 'phone', 'Only in the WAL', 1)`).run();
      // Copied by hand while it was open: the newest incident is only in the -wal file.
      copyFileSync(p, `${p}.copy`);
      copyFileSync(`${p}-wal`, `${p}.copy-wal`);
      db.close();
      copyFileSync(`${p}.copy`, p);
      copyFileSync(`${p}.copy-wal`, `${p}-wal`);
    });
    await t.call('data.restore', { name });
    expect(await journal()).toEqual(['In the main file', 'Only in the WAL']);
  });

  it('works from the command line, with a path', async () => {
    const path = join(t.dir, 'elsewhere.sqlite');
    oldVersionFile(path, LATEST_VERSION, 'From a USB stick');
    await restoreCommand(t.databasePath, path);
    expect(await journal()).toEqual(['From a USB stick']);
  });
});

describe('a file that cannot be restored', () => {
  const cases: Array<[string, (path: string) => void, RegExp]> = [
    ['garbage bytes', (p) => writeFileSync(p, Buffer.from('PK\u0003\u0004 this is a zip of photos, not a database '.repeat(300))), /is not a Makegood backup \(it is not a database file\); your data was not changed\.$/],
    [
      'a truncated copy',
      (p) => {
        oldVersionFile(p, LATEST_VERSION, 'x'.repeat(5000));
        truncateSync(p, Math.floor(readFileSync(p).length * 0.6));
      },
      /is damaged \(SQLite's integrity check failed\), so it cannot be restored; your data was not changed\.$/,
    ],
    [
      'a damaged page',
      (p) => {
        oldVersionFile(p, LATEST_VERSION, 'y'.repeat(5000));
        const db = connect(p);
        const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'incidents'").pluck().get() as number;
        const pageSize = db.pragma('page_size', { simple: true }) as number;
        db.close();
        // Scribble over the header of the incidents table's first page, as a failing disk might.
        const bytes = readFileSync(p);
        bytes.fill(0xff, (root - 1) * pageSize, (root - 1) * pageSize + 64);
        writeFileSync(p, bytes);
      },
      /is damaged/,
    ],
    [
      'another program’s database',
      (p) => {
        const db = connect(p);
        db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)');
        db.pragma('user_version = 3');
        db.close();
      },
      /is a database, but not one of Makegood's; your data was not changed\.$/,
    ],
    ['an empty database', (p) => connect(p).close(), /not one of Makegood's/],
    [
      'a file from a newer Makegood',
      (p) => {
        oldVersionFile(p, LATEST_VERSION, 'From the future');
        const db = connect(p);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.close();
      },
      /was saved by a newer version of Makegood, so update Makegood to restore it; your data was not changed\.$/,
    ],
  ];

  it.each(cases)('is refused: %s, with one sentence, and the data is exactly as it was', async (_what, write, message) => {
    const name = placeBackup('candidate.sqlite', write);
    const before = snapshot(t.core.db);
    const r = await t.raw('data.restore', { name });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/^candidate\.sqlite /);
      expect(r.message).toMatch(message);
    }
    expect(snapshot(t.core.db)).toBe(before);
    expect(await journal()).toEqual(['Latte was cold']);
    // Nothing was saved either: a refusal writes nothing anywhere.
    expect(readdirSync(backups())).toEqual(['candidate.sqlite']);
  });

  it('is refused on the command line with the same sentence', async () => {
    const path = join(t.dir, 'notes.sqlite');
    writeFileSync(path, 'shopping list: milk, eggs');
    await expect(restoreCommand(t.databasePath, path)).rejects.toThrow(`${path} is not a Makegood backup`);
  });

  it('must be a file in the backups folder, named, not a path', async () => {
    for (const name of ['../makegood.sqlite', '/etc/passwd.sqlite', 'backup.txt']) {
      expect(await t.raw('data.restore', { name })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    expect(await t.raw('data.restore', { name: 'not-there.sqlite' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: 'There is no file at not-there.sqlite.',
    });
  });

  it('cannot be the data file itself', async () => {
    mkdirSync(backups(), { recursive: true });
    copyFileSync(t.databasePath, join(backups(), 'copy.sqlite'));
    await expect(restoreCommand(t.databasePath, t.databasePath)).rejects.toThrow(/is the data file Makegood is using now/);
  });
});

describe('the restored data', () => {
  it('is exactly the backup’s, row for row, whatever changed since: edits, new rows, deletions, two names traded', async () => {
    const sam = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 10_000 });
    const lee = await t.call('staff.create', { name: 'Lee', monthlyAllowance: 0 });
    const { incident } = await t.call('incidents.create', { whatHappened: 'Wrong cake', customer: { name: 'Ana', phone: '555 0101 222' } });
    await t.call('compensations.add', { incidentId: incident.id, kind: 'voucher', cost: 500, givenById: sam.id });
    const { name, path } = await t.call('data.backup', {});
    // Everything a day at the counter does, after the backup.
    await t.call('incidents.update', { id: incident.id, changes: { whatHappened: 'Wrong cake, and late', customer: { name: 'Ana Ruiz' } } });
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    const first = (await t.call('incidents.list', {})).items.find((i) => i.summary === 'Latte was cold')!;
    await t.call('incidents.remove', { id: first.id });
    // Sam and Lee trade names: a unique index refuses that half-way through an update in place.
    await t.call('staff.update', { id: sam.id, name: 'Tmp' });
    await t.call('staff.update', { id: lee.id, name: 'Sam' });
    await t.call('staff.update', { id: sam.id, name: 'Lee' });
    await t.call('settings.update', { businessName: 'Renamed shop' });

    await t.call('data.restore', { name });
    const backup = connect(path, { readonly: true });
    expect(snapshot(t.core.db)).toBe(snapshot(backup));
    backup.close();
    expect((await t.call('incidents.list', { filter: { q: 'late' } })).total).toBe(0);
    expect((await t.call('incidents.list', { filter: { q: 'Ana' } })).total).toBe(1);
    expect((await t.call('incidents.list', { filter: { q: 'cold' } })).total).toBe(1);
  });
});

describe('putting the backup in place', () => {
  it('lets this thread’s saves made meanwhile wait for it, none refused, none lost', async () => {
    for (let i = 0; i < 300; i += 1) await t.call('incidents.create', { whatHappened: `In the backup ${i}` });
    const { name } = await t.call('data.backup', {});
    // A save every turn of the event loop while the restore runs: some fall while its own
    // connection holds the lock between two steps of the copy, where a save on the core's
    // connection would block the thread the copy needs.
    let done = false;
    const restoring = t.raw('data.restore', { name }).finally(() => (done = true));
    const saves: { text: string; saved: ReturnType<typeof t.raw> }[] = [];
    while (!done) {
      const text = `Saved during the restore ${saves.length}`;
      saves.push({ text, saved: t.raw('incidents.create', { whatHappened: text }) });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const restored = await restoring;
    expect(restored.ok).toBe(true);
    const results = await Promise.all(saves.map((s) => s.saved));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(saves.length).toBeGreaterThan(3);
    const safety = connect((restored as { value: { safetyCopy: string } }).value.safetyCopy, { readonly: true });
    const before = new Set(safety.prepare('SELECT what_happened FROM incidents').pluck().all() as string[]);
    safety.close();
    const after = new Set(t.core.db.prepare('SELECT what_happened FROM incidents').pluck().all() as string[]);
    expect(saves.filter((s) => !before.has(s.text) && !after.has(s.text)).map((s) => s.text)).toEqual([]);
    expect(t.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('is read by a connection opened before it, whose idea of the tables it replaced', async () => {
    // A file made by version 1 and brought up to date has its tables elsewhere in the file than a
    // new file has them: the reader's cached schema points at pages the restore rewrote.
    t.cleanup();
    const dir = mkdtempSync(join(tmpdir(), 'makegood-test-'));
    const databasePath = join(dir, 'makegood.sqlite');
    oldVersionFile(databasePath, 1, 'Logged by the first release');
    const first = connect(databasePath);
    first.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
      SELECT 'MG-' || (1000 + value), '2026-09-01T10:00:00.000Z', 'x', 'x', 'phone', 'Gone after the restore ' || value || ' ' || hex(randomblob(200)), 2
      FROM (WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 500) SELECT value FROM n)`).run();
    first.close();
    const core = openCore({ databasePath, version: 'test' });
    const reader = openCore({ databasePath, version: 'test', readonly: true });
    try {
      const rootsBefore = core.db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
      const list = (c: typeof core, q?: string) =>
        dispatch(c.handlers, 'incidents.list', q ? { filter: { q } } : {}).then((r) => (r.ok ? (r.value as { items: { summary: string }[] }).items.map((i) => i.summary).sort() : r.message));
      expect(await list(reader, 'first release')).toEqual(['Logged by the first release']);
      const backup = join(dir, 'other.sqlite');
      const other = openCore({ databasePath: backup, version: 'test' });
      for (const text of ['Milk ran out', 'Card reader down']) await dispatch(other.handlers, 'incidents.create', { whatHappened: text });
      other.close();
      const restored = await restoreDatabase(core.db, databasePath, backup, { label: 'other.sqlite', now: new Date() });
      expect(restored.incidents).toBe(2);
      expect(core.db.prepare("SELECT name, rootpage FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).not.toEqual(rootsBefore);
      expect(await list(reader)).toEqual(['Card reader down', 'Milk ran out']);
      expect(await list(reader, 'milk')).toEqual(['Milk ran out']);
      expect(await list(core, 'card')).toEqual(['Card reader down']);
      expect(reader.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      reader.close();
      core.close();
      t = tempCore();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the live file’s page size, whatever the backup’s', async () => {
    t.cleanup();
    const dir = mkdtempSync(join(tmpdir(), 'makegood-test-'));
    const databasePath = join(dir, 'makegood.sqlite');
    const made = connect(databasePath);
    made.pragma('page_size = 8192');
    made.exec('CREATE TABLE first_write (x); DROP TABLE first_write;');
    made.close();
    const core = openCore({ databasePath, version: 'test' });
    try {
      const backup = join(dir, 'small-pages.sqlite');
      const small = connect(backup);
      small.pragma('page_size = 1024');
      small.close();
      oldVersionFile(backup, LATEST_VERSION, 'Written with 1 KB pages');
      await restoreDatabase(core.db, databasePath, backup, { label: 'small-pages.sqlite', now: new Date() });
      expect(core.db.pragma('page_size', { simple: true })).toBe(8192);
      expect(core.db.prepare('SELECT what_happened FROM incidents').pluck().all()).toEqual(['Written with 1 KB pages']);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
      t = tempCore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a restore that finds the file busy', () => {
  it('waits for another program’s save, then is refused in one sentence past the busy timeout, changing nothing', async () => {
    const { name } = await t.call('data.backup', {});
    await t.call('incidents.create', { whatHappened: 'Logged after the backup' });
    const before = snapshot(t.core.db);
    const other = connect(t.databasePath);
    other.exec('BEGIN IMMEDIATE');
    t.core.db.pragma('busy_timeout = 300');
    try {
      const refused = await t.raw('data.restore', { name });
      expect(refused).toEqual({ ok: false, code: 'CONFLICT', message: `The data file is busy in another Makegood window, so ${name} was not restored; close it and try again.` });
      expect(snapshot(t.core.db)).toBe(before);
      expect(readdirSync(backups()).filter((f) => f.includes('before-restore'))).toEqual([]);
      // A save that ends within the wait lets it through.
      setTimeout(() => other.exec('COMMIT'), 100);
      const restored = await t.call('data.restore', { name });
      expect(restored.incidents).toBe(1);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
    }
    expect(readdirSync(backups()).filter((f) => f.includes('before-restore'))).toHaveLength(1);
    expect(await journal()).toEqual(['Latte was cold']);
  });
});
