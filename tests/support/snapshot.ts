import { bySql } from '../../electron/main/core/db/engine';
import type { Db } from '../../electron/main/core/db/open';

/** Every row of every table, so "nothing was written" is checked, not assumed. */
export function snapshot(db: Db): string {
  const tables = (
    db
      .prepare(
        bySql(db, {
          sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'incidents_fts%' AND name NOT LIKE 'sqlite_%'",
          postgres: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'incidents_fts%' ORDER BY table_name",
        }),
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  // Rows sorted as text: WITHOUT ROWID tables have no rowid to order by.
  const rows = (name: string) => db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
  return JSON.stringify(tables.map((name) => [name, rows(name)]));
}
