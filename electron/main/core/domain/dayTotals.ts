import { SQLITE_INSTANT_GLOB, scoreBandSql } from '../db/dayTotalsSql';
import type { Db } from '../db/open';

// SQLite's history writer (an import, the demo) and the day tables of migrations 15 and 19. A
// trigger a row adding each new incident and compensation to the tables one by one took a tenth of
// a 10,000-row import; instead the writer holds the insert triggers off for its slice
// (day_totals_held, a row inside its own transaction) and adds the slice's new rows at the end,
// grouped, one statement a table, each saying what the triggers say (db/migrations/
// 0016-day-totals-held.ts, 0019-breakdown-days.ts). PostgreSQL's triggers already take a
// statement's rows in one pass, so its writer needs none of this.
// tests/integration/day-totals.test.ts holds the tables equal to the rows after both.

const ADD_CAUSES = `
  INSERT INTO cause_days (day, root_cause_id, incidents)
  SELECT substr(occurred_at, 1, 10), root_cause_id, count(*) FROM incidents
  WHERE id > ? AND deleted_at IS NULL AND occurred_at GLOB ${SQLITE_INSTANT_GLOB} GROUP BY 1, 2
  ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + excluded.incidents
  ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents`;
const ADD_SCORES = `
  INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
  SELECT substr(occurred_at, 1, 10), ${scoreBandSql('score_before')}, ${scoreBandSql('score_after')}, count(*),
    count(*) FILTER (WHERE outcome = 'retained'), count(*) FILTER (WHERE outcome = 'lost') FROM incidents
  WHERE id > ? AND deleted_at IS NULL AND occurred_at GLOB ${SQLITE_INSTANT_GLOB} GROUP BY 1, 2, 3
  ON CONFLICT (day, before_band, after_band) DO UPDATE
    SET incidents = incidents + excluded.incidents, retained = retained + excluded.retained, lost = lost + excluded.lost`;
const ADD_COSTS = `
  INSERT INTO cost_days (day, root_cause_id, cost)
  SELECT substr(given_at, 1, 10), root_cause_id, sum(cost) FROM compensations
  WHERE id > ? AND deleted_at IS NULL AND given_at GLOB ${SQLITE_INSTANT_GLOB} GROUP BY 1, 2
  ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
  ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost`;

/** Migration 19's tables: the new incidents by day and channel, severity or category (NULL: none). */
const addBreakdown = (table: string, column: string, nullable: boolean) => `
  INSERT INTO ${table} (day, ${column}, incidents)
  SELECT substr(occurred_at, 1, 10), ${column}, count(*) FROM incidents
  WHERE id > ? AND deleted_at IS NULL AND occurred_at GLOB ${SQLITE_INSTANT_GLOB} GROUP BY 1, 2
  ON CONFLICT (day, ${column}) DO UPDATE SET incidents = incidents + excluded.incidents${
    nullable ? `\n  ON CONFLICT (day) WHERE ${column} IS NULL DO UPDATE SET incidents = incidents + excluded.incidents` : ''
  }`;
const ADD_BREAKDOWNS = [addBreakdown('channel_days', 'channel', false), addBreakdown('severity_days', 'severity', false), addBreakdown('category_days', 'category_id', true)];

/**
 * Inside a transaction that only inserts incidents and compensations: holds the insert triggers
 * off, and returns what adds every row inserted since to the day tables and lets them go again.
 * A rollback takes the hold with it. A file of an older version (a restore copies a backup's rows
 * into a file at the backup's version) gets what that version has: from 16 the hold and 0015's
 * tables, from 19 the breakdowns too; at 15 its own triggers count each row, and before it nothing.
 */
export function holdDayTotals(db: Db): () => void {
  const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) === 1;
  if (!has('day_totals_held')) return () => {};
  const lastId = (table: string) => db.prepare(`SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  const incidents = lastId('incidents');
  const compensations = lastId('compensations');
  const breakdowns = has('channel_days') ? ADD_BREAKDOWNS : [];
  db.prepare('INSERT INTO day_totals_held (id) VALUES (1)').run();
  return () => {
    db.prepare(ADD_CAUSES).run(incidents);
    db.prepare(ADD_SCORES).run(incidents);
    for (const sql of breakdowns) db.prepare(sql).run(incidents);
    db.prepare(ADD_COSTS).run(compensations);
    db.prepare('DELETE FROM day_totals_held').run();
  };
}
