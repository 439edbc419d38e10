// `makegood move-to postgres://…`: a PC's data file copied into an empty shared database, ids and
// refs as they were, checked (row counts, every month's figures) before the copy commits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { moveToCommand } from '../../../electron/cli/moveTo';
import { openCore } from '../../../electron/main/core/app';
import { openSqlite, type Db } from '../../../electron/main/core/db/open';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { generateDemo } from '../../../electron/main/core/demo/generate';
import { TABLES } from '../../../electron/main/core/domain/restore';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { createTestDatabase, dropTestDatabase, onPostgres } from '../../support/pgTest';

let dir: string;
let file: string;
let url: string;

/** Every row of every table, ordered the same way on both engines: what "exactly as they were" means. */
function snapshot(db: Db): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLES) {
    out[table] = db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all() as Record<string, unknown>[];
  }
  return out;
}

function read<T>(target: string, use: (db: Db) => T): T {
  const db = target.startsWith('postgres') ? new PgDb({ url: target }) : openSqlite(target);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Runs `makegood --db FILE move-to URL` in this process: what it printed. */
function move(): string {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  try {
    moveToCommand(file, url);
  } finally {
    log.mockRestore();
  }
  return lines.join('\n');
}

/** A server that quietly changes what it is given: a trigger of the test's own on `table`. */
function tamper(table: string, body: string): void {
  openCore({ databasePath: url, version: 'test' }).close();
  read(url, (db) => {
    db.exec(`CREATE FUNCTION tamper() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} END $$`);
    db.exec(`CREATE TRIGGER tamper BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION tamper()`);
  });
}

const incidentsOnServer = () => read(url, (db) => db.prepare('SELECT count(*) FROM incidents').pluck().get());

// A demo file, its copy and every month's figures on both engines: seconds, more on a loaded machine.
describe.skipIf(!onPostgres)('makegood move-to', { timeout: 60_000 }, () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'makegood-move-'));
    file = join(dir, 'makegood.sqlite');
    const core = openCore({ databasePath: file, version: 'test' });
    try {
      generateDemo(core.db, { incidents: 400, seed: 7, now: new Date('2026-10-15T12:00:00Z') });
    } finally {
      core.close();
    }
    url = createTestDatabase();
  });

  afterEach(() => {
    dropTestDatabase(url);
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every record with its id and ref, says what it moved, and the shared database carries on from there', async () => {
    const before = read(file, snapshot);
    const said = move();
    expect(said).toMatch(/^Moved 400 incidents, [\d,]+ compensations, [\d,]+ customers, .* to postgres:\/\/postgres@127\.0\.0\.1:\d+\/makegood_tests\?options=.*; the counts and the figures match\./);
    expect(said).toContain('Start the app with this address on every counter.');
    // Every row, on the server, as it was in the file (the server's generated columns aside); the file untouched.
    const after = read(url, snapshot);
    for (const table of TABLES) {
      expect(after[table], table).toEqual(before[table]!.map((row, i) => ({ ...after[table]![i], ...row })));
    }
    expect(read(file, snapshot)).toEqual(before);

    const core = openCore({ databasePath: url, version: 'test' });
    try {
      // A new incident gets the next id: each sequence was moved past the highest id copied.
      const highest = Number(core.db.prepare('SELECT max(id) FROM incidents').pluck().get());
      const made = await dispatch(core.handlers, 'incidents.create', { whatHappened: 'Oat milk ran out before noon' });
      expect(made).toMatchObject({ ok: true, value: { incident: { id: highest + 1 } } });
      // Search words (incidents_fts) are made by the server's triggers as each incident arrives.
      expect(core.db.prepare('SELECT count(*) FROM incidents_fts').pluck().get()).toBe(401);
      const first = before.incidents![0] as { id: number; what_happened: string };
      const word = /[A-Za-z]{5,}/.exec(first.what_happened)![0].toLowerCase();
      expect(String(core.db.prepare('SELECT words::text FROM incidents_fts WHERE id = ?').pluck().get(first.id))).toContain(`'${word}'`);
    } finally {
      core.close();
    }
  });

  it('refuses a shared database that already has incidents, with a sentence, and changes nothing', () => {
    move();
    const before = read(url, snapshot);
    expect(() => move()).toThrow(
      /already holds 400 incidents: records are moved into an empty database only, so nothing was copied\. To use that database as it is, connect this computer to it instead\./,
    );
    expect(read(url, snapshot)).toEqual(before);
  });

  it('a copy whose figures differ is rolled back whole, saying what differed', () => {
    // One cent more on every compensation: the counts match, the figures cannot.
    tamper('compensations', 'NEW.cost := NEW.cost + 1; RETURN NEW;');
    expect(() => move()).toThrow(
      /The copy did not match the file, so nothing was moved .*: the figures for \d{4}-\d{2} differ \(compensation_total: \d+ in the file, \d+ in the shared database\)\./,
    );
    expect(incidentsOnServer()).toBe(0);
  });

  it('a copy that loses rows is rolled back whole, naming the table', () => {
    tamper('lesson_incidents', 'RETURN NULL;');
    expect(() => move()).toThrow(/nothing was moved .*: lesson incidents: \d+ rows in the file, 0 in the shared database\./);
    expect(incidentsOnServer()).toBe(0);
  });

  it('refuses an address that is not a shared database', () => {
    expect(() => moveToCommand(file, join(dir, 'other.sqlite'))).toThrow(/move-to takes the shared database's address/);
  });
});
