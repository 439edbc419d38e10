// Before a file's rows may replace the shop's data: it must be SQLite, pass SQLite's integrity
// check, be at one of Makegood's versions, and have each of that version's tables as a plain table
// (not a view, a virtual table or computed columns, which would run the file's own SQL).
import { AppError } from '../../../../shared/result';
import { LATEST_VERSION } from '../db/migrations';
import { connect } from '../db/connect';
import { hasPlainTables, schemaAt } from '../domain/restore';
import { say } from '../i18n/speak';

export const refusal = {
  notDatabase: (label: string) => new AppError('BAD_REQUEST', say('storage.restore.notDatabase', { label })),
  damaged: (label: string) => new AppError('BAD_REQUEST', say('storage.restore.damaged', { label })),
  foreign: (label: string) => new AppError('BAD_REQUEST', say('storage.restore.foreign', { label })),
  newer: (label: string) => new AppError('CONFLICT', say('storage.restore.newer', { label })),
};

const isSqliteError = (error: unknown): error is { code: string } =>
  typeof (error as { code?: unknown } | null)?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_');

/**
 * Checks a scratch copy of a candidate file, reading it through a new, empty connection that may
 * only read; returns its schema version or throws a sentence naming `label`.
 */
export function checkCandidate(path: string, label: string): number {
  const db = connect(':memory:');
  try {
    db.pragma('trusted_schema = OFF');
    try {
      db.prepare('ATTACH DATABASE ? AS backup').run(path);
      // Reading only: nothing this connection runs may write, to the copy or anywhere.
      db.pragma('query_only = ON');
    } catch (error) {
      throw isSqliteError(error) && error.code !== 'SQLITE_NOTADB' ? refusal.damaged(label) : refusal.notDatabase(label);
    }
    let version: number;
    try {
      const result = db.pragma('backup.integrity_check') as { integrity_check: string }[];
      if (result.length !== 1 || result[0]?.integrity_check !== 'ok') throw refusal.damaged(label);
      version = db.pragma('backup.user_version', { simple: true }) as number;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isSqliteError(error)) throw error.code === 'SQLITE_NOTADB' ? refusal.notDatabase(label) : refusal.damaged(label);
      throw error;
    }
    if (version > LATEST_VERSION) throw refusal.newer(label);
    if (version < 1 || !hasPlainTables(db, schemaAt(version, (p) => connect(p)))) throw refusal.foreign(label);
    return version;
  } finally {
    db.close();
  }
}
