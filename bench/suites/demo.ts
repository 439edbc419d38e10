// Demo data, 100,000 incidents, against the same rows inserted with raw better-sqlite3.
import type Database from 'better-sqlite3';
import { connect } from '../../electron/main/core/db/connect';
import type { BenchRow } from '../lib/measure';
import { stats } from '../lib/measure';
import { BIG, type Workspace } from '../lib/fixtures';

/** Migrations 15 and 19's day totals: the triggers fill them as the incidents and compensations go in. */
const DAY_TOTALS = new Set(['cause_days', 'score_days', 'cost_days', 'channel_days', 'severity_days', 'category_days']);

/** Tables the app writes (not FTS shadow tables nor day totals, which the triggers fill), parents first. */
function userTables(db: Database.Database): string[] {
  const names = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
  const fts = new Set(names.filter((n) => /_fts/.test(n)));
  return names.filter((n) => !fts.has(n) && !DAY_TOTALS.has(n));
}

/**
 * Copies every row of `from` into `to` (an empty, migrated file) with one prepared INSERT per
 * table, all in one transaction: what the generator's inserts cost without its planning.
 */
function rawCopy(from: string, to: string): number {
  const src = connect(from, { readonly: true });
  const dst = connect(to);
  try {
    dst.pragma('journal_mode = WAL');
    dst.pragma('foreign_keys = OFF');
    const tables = userTables(dst);
    // The migrations seed some rows (settings, categories): empty the file first, untimed.
    dst.transaction(() => {
      for (const t of tables) dst.prepare(`DELETE FROM "${t}"`).run();
    })();
    // Generated columns (hidden 2 or 3 in table_xinfo) are computed by SQLite, not inserted.
    const columnsOf = (t: string) =>
      (dst.prepare(`PRAGMA table_xinfo("${t}")`).all() as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => `"${c.name}"`);
    const rows = tables.map((t) => {
      const columns = columnsOf(t);
      return { t, columns, rows: src.prepare(`SELECT ${columns.join(', ')} FROM "${t}"`).raw().all() as unknown[][] };
    });
    const started = performance.now();
    dst.transaction(() => {
      for (const { t, columns, rows: list } of rows) {
        if (list.length === 0) continue;
        const insert = dst.prepare(`INSERT INTO "${t}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of list) insert.run(row);
      }
    })();
    return performance.now() - started;
  } finally {
    src.close();
    dst.close();
  }
}

export function demoBench(ws: Workspace, runs = 2): BenchRow {
  const generated: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const name = i === 0 ? 'big.sqlite' : `demo-${i}.sqlite`;
    generated.push(ws.demo(name, BIG));
    // An empty migrated file for the reference.
    ws.open(`raw-${i}.sqlite`).close();
    raw.push(rawCopy(ws.path(name), ws.path(`raw-${i}.sqlite`)));
  }
  return {
    what: 'demo data, 100,000 incidents',
    unit: 's',
    value: { ...stats(generated.map((ms) => ms / 1000)) },
    reference: { what: 'same rows, raw inserts', value: stats(raw.map((ms) => ms / 1000)) },
    budget: { max: 30, maxRatio: 3 },
  };
}
