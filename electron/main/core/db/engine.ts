// The storage engine as the core sees it: the part of better-sqlite3's synchronous API it uses. A
// SQLite connection (better-sqlite3) is one as it is; a PostgreSQL connection (db/pg/pgDb.ts)
// offers the same calls. The core runs on its own threads (core/service), so a call that blocks
// until the server answers blocks nothing else, exactly as a SQLite read does.
import { AppError } from '../../../../shared/result';
import type { Db as SqliteDb } from './connect';
import { say } from '../i18n/speak';

export type Dialect = 'sqlite' | 'postgres';

export type BindValue = string | number | bigint | null | Uint8Array;
/** Positional values, an array of them, or one object of named values (`@name` or `:name` in the SQL). */
export type BindArgs = unknown[];

export interface RunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement<Row = unknown> {
  all(...params: BindArgs): Row[];
  get(...params: BindArgs): Row | undefined;
  run(...params: BindArgs): RunResult;
  iterate(...params: BindArgs): IterableIterator<Row>;
  /** The first column of each row only. */
  pluck(toggle?: boolean): this;
  /** Rows as arrays of values rather than objects. */
  raw(toggle?: boolean): this;
  readonly reader: boolean;
}

/** Any function: `never[]` parameters take every signature (better-sqlite3's own uses `any[]`). */
export type TransactionFn = (...params: never[]) => unknown;
type Args<F> = F extends (...args: infer A) => unknown ? A : never;

export interface Transaction<F extends TransactionFn> {
  (...args: Args<F>): ReturnType<F>;
  /** Reads in one consistent snapshot and takes no write lock. */
  deferred(...args: Args<F>): ReturnType<F>;
  immediate(...args: Args<F>): ReturnType<F>;
  exclusive(...args: Args<F>): ReturnType<F>;
}

export interface EngineDb {
  prepare<Row = unknown>(sql: string): Statement<Row>;
  exec(sql: string): this;
  transaction<F extends TransactionFn>(fn: F): Transaction<F>;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): this;
  readonly inTransaction: boolean;
  readonly open: boolean;
  readonly name: string;
}

const DIALECT = Symbol.for('makegood.dialect');

/** Marks a connection as PostgreSQL's (db/pg/pgDb.ts does it); every other connection is SQLite. */
export function markDialect(db: object, dialect: Dialect): void {
  Object.defineProperty(db, DIALECT, { value: dialect, enumerable: false });
}

export function dialectOf(db: object): Dialect {
  return (db as { [DIALECT]?: Dialect })[DIALECT] ?? 'sqlite';
}

export const isPostgres = (db: object): boolean => dialectOf(db) === 'postgres';

/** `postgres://…` or `postgresql://…`: a shared database on a PostgreSQL server, not a file path. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/**
 * The connection as SQLite's, for what only a SQLite file has (its backups, restore, the file's
 * pages); on the shared database those are the server's job, and the request is refused in a sentence.
 */
export function sqliteOnly(db: EngineDb, what: string): SqliteDb {
  // `what` starts the sentence: a say() result in the same language (backup.ts), or a test's own words.
  if (isPostgres(db)) {
    throw new AppError('CONFLICT', say('storage.sqliteOnly', { what }));
  }
  return db as unknown as SqliteDb;
}

/** The SQL for whichever engine `db` is: where the two cannot say it the same way. */
export function bySql<T>(db: object, choices: { sqlite: T; postgres: T }): T {
  return choices[dialectOf(db)];
}
