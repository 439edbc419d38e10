import type { Db } from '../../electron/main/core/db/open';

/** Every row of every table, so "nothing was written" is checked, not assumed. */
export function snapshot(db: Db): string {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'incidents_fts%' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[]
  ).map((r) => r.name);
  return JSON.stringify(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
