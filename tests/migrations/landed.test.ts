// Shops' files already ran migrations 0001-0006 as the release before this one ran them. What each
// ran, every statement with its parameters, was recorded from that release's code into
// history/landed-statements.json; today's migrations must run exactly the same, byte for byte.
import type Database from 'better-sqlite3';
import { connect } from '../../electron/main/core/db/connect';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runMigration } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';

const landed = JSON.parse(readFileSync(join(import.meta.dirname, 'history', 'landed-statements.json'), 'utf8')) as string[];

/** Every statement a run of `fn` executes on an in-memory file: `exec SQL`, or `run SQL [params]` (the moment of running shown as NOW). */
function statements(fn: (db: Database.Database) => void): string[] {
  const db = connect(':memory:');
  const log: string[] = [];
  const exec = db.exec.bind(db);
  const prepare = db.prepare.bind(db);
  const now = (p: unknown) => (typeof p === 'string' && /^"\d{4}-\d\d-\d\dT/.test(p) ? 'NOW' : p);
  Object.assign(db, {
    exec: (sql: string) => {
      log.push(`exec ${sql}`);
      return exec(sql);
    },
    prepare: (sql: string) => {
      const statement = prepare(sql);
      return { run: (...params: unknown[]) => (log.push(`run ${sql} ${JSON.stringify(params.map(now))}`), statement.run(...params)) };
    },
  });
  fn(db);
  db.close();
  return log;
}

it('0001-0006 run byte for byte what the release before ran', () => {
  expect(statements((db) => MIGRATIONS.slice(0, 6).forEach((m) => runMigration(db, m)))).toEqual(landed);
});
