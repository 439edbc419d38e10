// The schema of a data file as text: every table, index, trigger and view SQLite keeps, in a
// fixed order, so two files can be compared and a committed snapshot can be diffed by a person.
import type Database from 'better-sqlite3';

/** `sqlite_master` without SQLite's own objects and the search index's shadow tables (FTS5 makes those). */
export function schemaText(db: Database.Database): string {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'incidents_fts_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name`,
    )
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return `${rows.map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${normalise(r.sql ?? '')};`).join('\n\n')}\n`;
}

/** Indentation inside a statement is how it was typed, not what it means. */
const normalise = (sql: string) =>
  sql
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
