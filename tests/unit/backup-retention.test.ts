import { addDays, addHours } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { BACKUP_KINDS } from '../../shared/schemas/backup';
import { backupFileName, backupsDir, NAMED_BACKUP_KINDS, parseBackupName } from '../../electron/main/core/backups/names';
import { backupsToDelete } from '../../electron/main/core/backups/retention';

// Local times throughout: backup names carry the shop's local date.
const day = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 0, 0);
const daily = (d: Date) => backupFileName('daily', d);
const kept = (names: string[]) => {
  const gone = new Set(backupsToDelete(names));
  return names.filter((n) => !gone.has(n));
};

describe('backup names', () => {
  it('say what made the copy and when, and read back', () => {
    const at = day(2026, 10, 15, 14);
    expect(backupFileName('daily', at)).toBe('makegood-daily-2026-10-15-140000.sqlite');
    expect(backupFileName('manual', at)).toBe('makegood-2026-10-15-140000.sqlite');
    expect(backupFileName('before-migration', at, { from: 5, to: 6 })).toBe('makegood-before-migration-v5-to-v6-2026-10-15-140000.sqlite');
    expect(backupFileName('before-restore', at)).toBe('makegood-before-restore-2026-10-15-140000.sqlite');
    for (const kind of NAMED_BACKUP_KINDS) {
      expect(parseBackupName(backupFileName(kind, at, { from: 5, to: 6 }))).toEqual({ kind, at });
    }
    expect(parseBackupName('makegood-daily-2026-10-15-140000-2.sqlite')).toEqual({ kind: 'daily', at });
    expect(parseBackupName('holiday-photos.sqlite')).toBeNull();
    expect(parseBackupName('makegood-daily-2026-13-45-990000.sqlite')).toBeNull();
  });

  it('name every kind the backups list shows but `other`, which is what a name Makegood did not write reads as', () => {
    expect([...NAMED_BACKUP_KINDS, 'other'].sort()).toEqual([...BACKUP_KINDS].sort());
    const at = day(2026, 10, 15, 14);
    const kinds = NAMED_BACKUP_KINDS.map((kind) => parseBackupName(backupFileName(kind, at))?.kind);
    expect(new Set(kinds).size).toBe(NAMED_BACKUP_KINDS.length);
  });
});

describe('the rotation of daily backups', () => {
  it('keeps the newest of each of the last 7 days, 4 ISO weeks and 12 months, and deletes the rest', () => {
    // One a day for 400 days up to Thursday 15 October 2026.
    const names = Array.from({ length: 400 }, (_, i) => daily(addDays(day(2026, 10, 15), -i)));
    const expected = [
      // 7 days
      ...[15, 14, 13, 12, 11, 10, 9].map((d) => day(2026, 10, d)),
      // 4 ISO weeks: this week (15 Oct) and the week of 5–11 Oct (11 Oct) are kept already; then 4 Oct and 27 Sep.
      day(2026, 10, 4),
      day(2026, 9, 27),
      // 12 months: October is kept already; the last day of each month before, back to November 2025.
      day(2026, 9, 30), day(2026, 8, 31), day(2026, 7, 31), day(2026, 6, 30), day(2026, 5, 31), day(2026, 4, 30),
      day(2026, 3, 31), day(2026, 2, 28), day(2026, 1, 31), day(2025, 12, 31), day(2025, 11, 30),
    ].map(daily);
    expect(kept(names).sort()).toEqual(expected.sort());
    expect(backupsToDelete(names)).toHaveLength(400 - 20);
  });

  it('keeps the newest copy of a day when there are several', () => {
    const names = [daily(day(2026, 10, 15, 8)), daily(day(2026, 10, 15, 23)), daily(addHours(day(2026, 10, 15, 23), 0.5))];
    expect(kept(names)).toEqual([names[2]]);
  });

  it('counts days that have a backup, so a shop closed for weeks still keeps seven', () => {
    // Open three days in June, closed until late August.
    const june = [day(2026, 6, 1), day(2026, 6, 2), day(2026, 6, 3)].map(daily);
    const august = [day(2026, 8, 24), day(2026, 8, 25), day(2026, 8, 26)].map(daily);
    expect(backupsToDelete([...june, ...august])).toEqual([]);
    // Two more days open: 1 June falls out of the seven days, and 3 June is its week's and month's newest.
    const later = [day(2026, 8, 27), day(2026, 8, 28)].map(daily);
    expect(backupsToDelete([...june, ...august, ...later])).toEqual([daily(day(2026, 6, 1))]);
  });

  it('never deletes a copy made by hand, before an update or a restore, or a file it did not name', () => {
    const old = day(2020, 1, 1);
    const others = [
      backupFileName('manual', old),
      backupFileName('before-migration', old, { from: 4, to: 5 }),
      backupFileName('before-restore', old),
      'copied-from-usb-stick.sqlite',
      'notes.txt',
    ];
    const dailies = Array.from({ length: 30 }, (_, i) => daily(addDays(day(2026, 10, 15), -i)));
    const gone = backupsToDelete([...others, ...dailies]);
    expect(gone.length).toBeGreaterThan(0);
    for (const name of others) expect(gone).not.toContain(name);
  });

  it('gives the same answer whatever the order of the names', () => {
    const names = Array.from({ length: 60 }, (_, i) => daily(addHours(day(2026, 10, 15), -i * 11)));
    expect(backupsToDelete([...names].reverse()).sort()).toEqual(backupsToDelete(names).sort());
  });
});

describe('backupsDir', () => {
  it('is `backups` beside makegood.sqlite, and its own folder for a file with another name', () => {
    expect(backupsDir(join('/data', 'makegood.sqlite'))).toBe(join('/data', 'backups'));
    expect(backupsDir(join('/tmp', 'shop-a.sqlite'))).toBe(join('/tmp', 'shop-a-backups'));
    expect(backupsDir(join('/tmp', 'shop-b.db'))).toBe(join('/tmp', 'shop-b-backups'));
  });
});
