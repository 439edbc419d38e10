import type { Statement } from '../../electron/main/core/db/engine';
import { createHash } from 'node:crypto';
import type { Db } from '../../electron/main/core/db/open';
import { isPostgres } from '../../electron/main/core/db/engine';

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

/**
 * The whole database as counts and one hash, so "a refused call wrote nothing" is checked row by
 * row, schema included. Rows are sorted as text: WITHOUT ROWID tables have no rowid to order by.
 */
export function checksum(db: Db): DbChecksum {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  const master = schemaObjects(db);
  hash.update(JSON.stringify(master));
  if (!isPostgres(db)) hash.update(String(db.pragma('user_version', { simple: true })));
  for (const { name } of master.filter((m) => m.type === 'table')) {
    const rows = rowsOf(db, name)
      .map((r) => r.map(cell).join('\u0001'))
      .sort();
    counts[name] = rows.length;
    hash.update(`\u0002${name}\u0002${rows.join('\u0003')}`);
  }
  return { counts, hash: hash.digest('hex') };
}

/** Every table, index and trigger with its definition; on PostgreSQL, of this connection's schema (its version table included). */
function schemaObjects(db: Db): { type: string; name: string; sql: string | null }[] {
  if (!isPostgres(db)) return db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY type, name').all() as { type: string; name: string; sql: string | null }[];
  return db
    .prepare(
      `SELECT 'table' AS type, c.relname AS name,
         (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
            FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS sql
         FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
       UNION ALL
       SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
       UNION ALL
       SELECT 'trigger', t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
       ORDER BY 1, 2`,
    )
    .all() as { type: string; name: string; sql: string | null }[];
}

/**
 * Moves whenever this connection writes anything, rolled back or not: rows (triggers included),
 * the schema, user_version. While it stands still the database cannot have changed.
 */
export function changeMark(db: Db): string {
  // PostgreSQL: the next transaction id, which any write anywhere on the server moves (a write
  // takes one; a read does not). Moves more often than this connection's writes: only slower, never wrong.
  if (isPostgres(db)) return `pg/${String(db.prepare('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x').pluck().get())}`;
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
