import { connect } from '../../electron/main/core/db/connect';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core/app';
import { scheduleDailyBackups } from '../../electron/main/core/backups/daily';
import { backupFileName } from '../../electron/main/core/backups/names';
import { migrate, schemaVersion } from '../../electron/main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/core/db/migrations';
import { openDatabase } from '../../electron/main/core/db/open';
import { tempCore, type TempCore } from '../support/core';

let dir: string;
let databasePath: string;
const backups = () => join(dir, 'backups');
const files = () => readdirSync(backups()).sort();
const whatHappened = (path: string) => {
  const db = connect(path, { readonly: true });
  try {
    return db.prepare('SELECT what_happened FROM incidents ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-backups-'));
  databasePath = join(dir, 'makegood.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the data file as the app does, at a given local time, and waits for its daily backup. */
async function openAppAt(at: Date) {
  const core = openCore({ databasePath, version: 'test', now: () => at, dailyBackups: true });
  const made = await core.dailyBackup;
  return { core, made };
}

describe('the daily backup', () => {
  it('is made when the app opens the data file, once a day, and holds the data', async () => {
    const first = await openAppAt(new Date(2026, 9, 15, 8, 30));
    await first.core.handlers['incidents.create']({ whatHappened: 'Milk was off', channel: 'in_person', severity: 1, categoryId: null, handledById: null, teamLeadPresent: null, customer: null });
    expect(first.made).toBe(join(backups(), 'makegood-daily-2026-10-15-083000.sqlite'));
    first.core.close();

    const again = await openAppAt(new Date(2026, 9, 15, 17, 0));
    expect(again.made).toBeNull();
    again.core.close();
    expect(files()).toEqual(['makegood-daily-2026-10-15-083000.sqlite']);

    const tomorrow = await openAppAt(new Date(2026, 9, 16, 7, 55));
    tomorrow.core.close();
    expect(files()).toEqual(['makegood-daily-2026-10-15-083000.sqlite', 'makegood-daily-2026-10-16-075500.sqlite']);
    // Yesterday's copy was made before the incident was logged; today's has it.
    expect(whatHappened(join(backups(), 'makegood-daily-2026-10-15-083000.sqlite'))).toEqual([]);
    expect(whatHappened(join(backups(), 'makegood-daily-2026-10-16-075500.sqlite'))).toEqual(['Milk was off']);
  });

  it('is not made by the command line, nor by the tests’ core', () => {
    const t = tempCore();
    try {
      expect(t.core.dailyBackup).toBeNull();
      expect(readdirSync(t.dir)).not.toContain('backups');
    } finally {
      t.cleanup();
    }
  });

  it('applies the rotation and leaves other copies alone', async () => {
    mkdirSync(backups());
    const old = Array.from({ length: 40 }, (_, i) => backupFileName('daily', new Date(2026, 8, 1 + i, 9)));
    const manual = backupFileName('manual', new Date(2025, 0, 1, 12));
    for (const name of [...old, manual, 'from-the-old-pc.sqlite']) writeFileSync(join(backups(), name), '');
    const { core } = await openAppAt(new Date(2026, 9, 15, 9, 0));
    core.close();
    const daily = files().filter((n) => n.startsWith('makegood-daily-'));
    expect(daily).toHaveLength(7 + 2 + 1); // seven days, two more weeks, September's newest
    expect(daily).toContain('makegood-daily-2026-10-15-090000.sqlite');
    expect(files()).toEqual(expect.arrayContaining([manual, 'from-the-old-pc.sqlite']));
  });

  it('is made again when the app stays open past midnight', async () => {
    const db = openDatabase(databasePath);
    let now = new Date(2026, 9, 15, 23, 50);
    const schedule = scheduleDailyBackups(db, databasePath, () => now, 20);
    try {
      await schedule.first;
      now = new Date(2026, 9, 16, 0, 10);
      await expect.poll(() => files(), { timeout: 5000 }).toEqual([
        'makegood-daily-2026-10-15-235000.sqlite',
        'makegood-daily-2026-10-16-001000.sqlite',
      ]);
    } finally {
      schedule.stop();
      db.close();
    }
  });
});

describe('the backup before a migration', () => {
  it('keeps the file as it was, named for the versions, before an update changes it', () => {
    const raw = connect(databasePath);
    migrate(raw, MIGRATIONS.slice(0, LATEST_VERSION - 1));
    raw.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity)
      VALUES ('MG-1', '2026-10-01T10:00:00.000Z', 'x', 'x', 'phone', 'Logged before the update', 2)`).run();
    raw.close();

    openDatabase(databasePath).close();
    const [copy, ...rest] = files();
    expect(rest).toEqual([]);
    expect(copy).toMatch(new RegExp(`^makegood-before-migration-v${LATEST_VERSION - 1}-to-v${LATEST_VERSION}-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.sqlite$`));
    const old = connect(join(backups(), copy!), { readonly: true });
    expect(schemaVersion(old)).toBe(LATEST_VERSION - 1);
    expect(old.prepare('SELECT what_happened FROM incidents').pluck().all()).toEqual(['Logged before the update']);
    old.close();

    // Up to date now: opening again copies nothing.
    openDatabase(databasePath).close();
    expect(files()).toHaveLength(1);
  });

  it('is not made for a new, empty file', () => {
    openDatabase(databasePath).close();
    expect(readdirSync(dir)).not.toContain('backups');
  });

  it('stops the update, with a sentence, when the copy cannot be written', () => {
    const raw = connect(databasePath);
    migrate(raw, MIGRATIONS.slice(0, LATEST_VERSION - 1));
    raw.close();
    writeFileSync(backups(), 'a file where the folder should be');
    expect(() => openDatabase(databasePath)).toThrow(/could not save a copy of it first.*so it changed nothing/);
    const check = connect(databasePath, { readonly: true });
    expect(schemaVersion(check)).toBe(LATEST_VERSION - 1);
    check.close();
  });
});

describe('backing up on demand', () => {
  let t: TempCore;
  beforeEach(() => {
    t = tempCore(new Date(2026, 9, 15, 14, 5, 9));
  });
  afterEach(() => t.cleanup());

  it('writes a copy into the backups folder, says where, and lists it', async () => {
    await t.call('incidents.create', { whatHappened: 'Wrong size shoes' });
    const made = await t.call('data.backup', {});
    expect(made).toEqual({ path: join(t.dir, 'backups', 'makegood-2026-10-15-140509.sqlite'), name: 'makegood-2026-10-15-140509.sqlite' });
    expect(whatHappened(made.path)).toEqual(['Wrong size shoes']);
    // Twice in the same second: a second file, not an overwrite.
    const second = await t.call('data.backup', {});
    expect(second.name).toBe('makegood-2026-10-15-140509-2.sqlite');
    const list = await t.call('data.backups', {});
    expect(list.folder).toBe(join(t.dir, 'backups'));
    expect(list.backups.map((b) => [b.name, b.kind])).toEqual([
      ['makegood-2026-10-15-140509.sqlite', 'manual'],
      ['makegood-2026-10-15-140509-2.sqlite', 'manual'],
    ]);
    expect(list.backups[0]!.bytes).toBeGreaterThan(0);
    expect(readdirSync(join(t.dir, 'backups')).some((n) => n.endsWith('.partial'))).toBe(false);
  });
});
