import type { Statement } from '../db/engine';
import type { Db } from '../db/open';

const byDb = new WeakMap<Db, Map<string, Statement>>();

/**
 * A prepared statement for `sql` on `db`, prepared once and reused: every write path (one app
 * edit, or 100,000 rows of an import or the demo) runs the same few statements, and preparing one
 * costs more than running it.
 */
export function statement(db: Db, sql: string): Statement {
  let cache = byDb.get(db);
  if (!cache) byDb.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
