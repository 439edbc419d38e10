// Why the core's transactions begin IMMEDIATE, shown on one thread with two connections to one file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from '../../../electron/main/core/db/connect';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type SqliteDb } from '../../../electron/main/core/db/open';

let dir: string;
let app: SqliteDb;
let other: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-immediate-'));
  app = openSqlite(join(dir, 'makegood.sqlite'));
  app.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  // Another process (the CLI, say), which gives up at once instead of waiting.
  other = connect(join(dir, 'makegood.sqlite'));
  other.pragma('busy_timeout = 0');
});
afterEach(() => {
  other.close();
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Reads, lets the other process try to write in between, then writes: our usual check-then-insert. */
const readThenWrite = (db: Database.Database, between: () => void) =>
  db.transaction(() => {
    db.prepare('SELECT count(*) FROM notes').get();
    between();
    db.prepare("INSERT INTO notes (text) VALUES ('ours')").run();
  });

const otherWrites = () => {
  try {
    other.prepare("INSERT INTO notes (text) VALUES ('theirs')").run();
    return 'written';
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('a transaction of the core', () => {
  it('holds the write lock from its start, so a write elsewhere waits instead of breaking it', () => {
    let theirs: string | undefined;
    readThenWrite(app, () => (theirs = otherWrites()))();
    // The other process was told to wait (with its own busy_timeout it would have waited, then written).
    expect(theirs).toBe('SQLITE_BUSY');
    expect(app.prepare('SELECT text FROM notes').pluck().all()).toEqual(['ours']);
  });

  it('is what a plain BEGIN gets wrong: there, the write in between makes ours fail with no wait at all', () => {
    let theirs: string | undefined;
    expect(() => readThenWrite(app, () => (theirs = otherWrites())).deferred()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY_SNAPSHOT' }));
    expect(theirs).toBe('written');
  });

  it('still nests as a savepoint, and rolls back whole', () => {
    const outer = app.transaction(() => {
      app.prepare("INSERT INTO notes (text) VALUES ('outer')").run();
      app.transaction(() => app.prepare("INSERT INTO notes (text) VALUES ('inner')").run())();
      throw new Error('changed my mind');
    });
    expect(() => outer()).toThrow('changed my mind');
    expect(app.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
  });
});
