// Before a file may replace the shop's data: it must be SQLite, pass SQLite's integrity check,
// have Makegood's tables for its schema version, and not come from a newer Makegood.
import Database from 'better-sqlite3';
import { AppError } from '../../../../shared/result';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';

const UNCHANGED = 'your data was not changed';

export const refusal = {
  notDatabase: (label: string) => new AppError('BAD_REQUEST', `${label} is not a Makegood backup (it is not a database file); ${UNCHANGED}.`),
  damaged: (label: string) => new AppError('BAD_REQUEST', `${label} is damaged (SQLite's integrity check failed), so it cannot be restored; ${UNCHANGED}.`),
  foreign: (label: string) => new AppError('BAD_REQUEST', `${label} is a database, but not one of Makegood's; ${UNCHANGED}.`),
  newer: (label: string) =>
    new AppError('CONFLICT', `${label} was saved by a newer version of Makegood, so update Makegood to restore it; ${UNCHANGED}.`),
};

const expected = new Map<number, string[]>();

/** The tables a file at `version` has: the migrations up to it, replayed in memory once. */
function expectedTables(version: number): string[] {
  let tables = expected.get(version);
  if (!tables) {
    const mem = new Database(':memory:');
    try {
      migrate(mem, MIGRATIONS.slice(0, version));
      tables = (mem.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
    } finally {
      mem.close();
    }
    expected.set(version, tables);
  }
  return tables;
}

const isSqliteError = (error: unknown): error is { code: string } =>
  typeof (error as { code?: unknown } | null)?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_');

/** Checks an open scratch copy of a candidate file; returns its schema version or throws a sentence naming `label`. */
export function checkCandidate(db: Db, label: string): number {
  let version: number;
  let tables: Set<string>;
  try {
    const result = db.pragma('integrity_check') as { integrity_check: string }[];
    if (result.length !== 1 || result[0]?.integrity_check !== 'ok') throw refusal.damaged(label);
    version = schemaVersion(db);
    tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isSqliteError(error)) throw error.code === 'SQLITE_NOTADB' ? refusal.notDatabase(label) : refusal.damaged(label);
    throw error;
  }
  if (version > LATEST_VERSION) throw refusal.newer(label);
  if (version === 0 || !expectedTables(version).every((t) => tables.has(t))) throw refusal.foreign(label);
  return version;
}
