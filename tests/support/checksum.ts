import type { Statement } from '../../electron/main/core/db/engine';
import { createHash } from 'node:crypto';
import { dialectOf, isPostgres } from '../../electron/main/core/db/engine';
import type { Db } from '../../electron/main/core/db/open';
import type { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { pgSchemaVersion } from '../../electron/main/core/db/pg/version';

export interface DbChecksum {
  /** Rows per table, every table in sqlite_master (the full-text index's own tables too). */
  counts: Record<string, number>;
  /** SHA-256 over the schema, user_version and every row of every table. */
  hash: string;
}

// Prepared once per table: the checksum runs around the calls of property tests.
const statements = new WeakMap<Db, Map<string, Statement>>();
function rowsOf(db: Db, table: string): unknown[][] {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(table);
  if (!statement) cache.set(table, (statement = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw()));
  return statement.all() as unknown[][];
}

const cell = (v: unknown) => (Buffer.isBuffer(v) ? `x'${v.toString('hex')}'` : JSON.stringify(v));

/** Every table and index with its definition: SQLite's schema table; PostgreSQL's catalog, for this schema. */
const SCHEMA_SQL = {
  sqlite: 'SELECT type, name, sql FROM sqlite_master ORDER BY type, name',
  postgres: `SELECT 'table' AS type, table_name AS name, string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) AS sql
      FROM information_schema.columns WHERE table_schema = current_schema() GROUP BY table_name
    UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
    ORDER BY 1, 2`,
};

/**
 * The whole database as counts and one hash, so "a refused call wrote nothing" is checked row by
 * row, schema included. Rows are sorted as text: WITHOUT ROWID tables have no rowid to order by.
 */
export function checksum(db: Db): DbChecksum {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  const master = db.prepare(SCHEMA_SQL[dialectOf(db)]).all() as { type: string; name: string; sql: string | null }[];
  hash.update(JSON.stringify(master));
  hash.update(String(isPostgres(db) ? pgSchemaVersion(db as PgDb) : db.pragma('user_version', { simple: true })));
  for (const { name } of master.filter((m) => m.type === 'table')) {
    const rows = rowsOf(db, name)
      .map((r) => r.map(cell).join('\u0001'))
      .sort();
    counts[name] = rows.length;
    hash.update(`\u0002${name}\u0002${rows.join('\u0003')}`);
  }
  return { counts, hash: hash.digest('hex') };
}

/**
 * Moves whenever this connection writes anything, rolled back or not: rows (triggers included),
 * the schema, user_version. While it stands still the database cannot have changed.
 */
export function changeMark(db: Db): string {
  // PostgreSQL: the server's write-ahead log position, which any write moves (rolled back or not, any connection's).
  if (isPostgres(db)) return String(db.prepare('SELECT pg_current_wal_insert_lsn()::text').pluck().get());
  const { n } = db.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${n}/${String(db.pragma('schema_version', { simple: true }))}/${String(db.pragma('user_version', { simple: true }))}`;
}

const known = new WeakMap<Db, { mark: string; sum: DbChecksum }>();

/** The checksum now, reused while the change mark stands still (a property test makes thousands of calls). */
export function currentChecksum(db: Db): { mark: string; sum: DbChecksum } {
  const mark = changeMark(db);
  const cached = known.get(db);
  if (cached?.mark === mark) return cached;
  const fresh = { mark, sum: checksum(db) };
  known.set(db, fresh);
  return fresh;
}
