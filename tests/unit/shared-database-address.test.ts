// The shared database's address on the command line: taken from --db or MAKEGOOD_DB like a path,
// shown without its password, refused by the commands that are about the file, and sslmode read as
// PostgreSQL's own tools read it.
import { describe, expect, it } from 'vitest';
import { backupCommand } from '../../electron/cli/backup';
import { restoreCommand } from '../../electron/cli/restore';
import { refuseSharedDatabase, shownTarget, targetLine } from '../../electron/cli/target';
import { withLibpqSslModes } from '../../electron/main/core/db/pg/sslMode';
import { resolveDatabasePath } from '../../electron/main/core/paths';

const home = '/home/kim';

describe('the address of a shared database', () => {
  it('comes from --db, then MAKEGOOD_DB, as a file path does', () => {
    const url = 'postgres://makegood@db.local/makegood';
    expect(resolveDatabasePath(url, { platform: 'linux', env: {}, home })).toBe(url);
    expect(resolveDatabasePath(undefined, { platform: 'linux', env: { MAKEGOOD_DB: url }, home })).toBe(url);
  });

  it('is shown without a password written into it; a file path is shown as it is', () => {
    expect(shownTarget('postgres://makegood:hunter2@db.local:5433/makegood?sslmode=require')).toBe('postgres://makegood:***@db.local:5433/makegood?sslmode=require');
    expect(shownTarget('/data/makegood.sqlite')).toBe('/data/makegood.sqlite');
    expect(targetLine('postgres://makegood:hunter2@db.local/makegood')).toBe('Shared database: postgres://makegood:***@db.local/makegood');
    expect(targetLine('/data/makegood.sqlite')).toBe('Data file: /data/makegood.sqlite');
  });

  it('is refused, before any connection, by backup and restore, pointing to pg_dump', async () => {
    const url = 'postgres://makegood:hunter2@db.invalid/makegood';
    const refusal = /`makegood backup` works on a data file only; the shared database at postgres:\/\/makegood:\*\*\*@db\.invalid\/makegood is backed up by its server: pg_dump -Fc/;
    await expect(backupCommand(url, {})).rejects.toThrow(refusal);
    await expect(restoreCommand(url, 'backup.sqlite')).rejects.toThrow(/`makegood restore` works on a data file only; .*pg_dump -Fc \(and pg_restore to put a dump back\)/);
    expect(() => refuseSharedDatabase('/data/makegood.sqlite', 'backup')).not.toThrow();
  });
});

describe('sslmode', () => {
  it('means what libpq means: the address says uselibpqcompat, unless it already chose', () => {
    expect(new URL(withLibpqSslModes('postgres://m@db/m?sslmode=require')).searchParams.get('uselibpqcompat')).toBe('true');
    expect(new URL(withLibpqSslModes('postgres://m@db/m?sslmode=verify-full&sslrootcert=/ca.crt')).searchParams.get('uselibpqcompat')).toBe('true');
    expect(withLibpqSslModes('postgres://m@db/m?sslmode=require&uselibpqcompat=false')).toBe('postgres://m@db/m?sslmode=require&uselibpqcompat=false');
    expect(withLibpqSslModes('postgres://m@db/m')).toBe('postgres://m@db/m');
  });
});
