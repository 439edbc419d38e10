// Moving a shop's first PC onto the shared database: every record of its SQLite file copied into
// an empty PostgreSQL database, ids and refs exactly as they were, in one PostgreSQL transaction.
// Before that transaction commits, the two are compared: the rows of each table, and the month's
// figures for every month with incidents, computed by each engine from its own rows. Any
// difference rolls the whole copy back; the file is only ever read.
import { AppError } from '../../../../shared/result';
import { PG_LATEST_VERSION } from '../db/pg/openPg';
import { LATEST_VERSION, schemaVersion } from '../db/migrate';
import type { Db, SqliteDb } from '../db/open';
import type { PgDb } from '../db/pg/pgDb';
import { monthFigures } from '../figures/month';
import { say } from '../i18n/speak';
import { TABLES } from './restore';

/** Rows sent to the server in one statement (one JSON parameter), so 100,000 incidents take seconds. */
const BATCH = 2000;

export interface MoveResult {
  /** Rows copied, per table, in TABLES' order. */
  counts: { table: string; rows: number }[];
  /** The months whose figures were compared. */
  months: string[];
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The stored (not generated) columns each engine has for `table`; the copy uses the ones both have. */
function sharedColumns(file: SqliteDb, shared: PgDb, table: string): string[] {
  const inFile = file.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid').pluck().all(table) as string[];
  const onServer = new Set(
    shared
      .prepare("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'")
      .pluck()
      .all(table) as string[],
  );
  return inFile.filter((c) => onServer.has(c));
}

function countRows(db: Db, table: string): number {
  return Number(db.prepare(`SELECT count(*) FROM ${quote(table)}`).pluck().get());
}

/**
 * Refuses a database that already holds a shop's incidents: the move is for the first PC only. One
 * with none holds at most a set-up (the categories its migrations made, staff someone added while
 * trying it out), which the file's own set-up replaces.
 */
function refuseUnlessEmpty(shared: PgDb): void {
  const incidents = countRows(shared, 'incidents');
  if (incidents > 0) {
    throw new AppError('CONFLICT', say('storage.move.notEmpty', { where: shared.name, count: incidents }));
  }
}

function copyTable(file: SqliteDb, shared: PgDb, table: string): number {
  const columns = sharedColumns(file, shared, table);
  const list = columns.map(quote).join(', ');
  const read = file.prepare(`SELECT ${list} FROM ${quote(table)}`);
  // One JSON array a batch, unpacked by the server into the table's own column types.
  const write = shared.prepare(
    `INSERT INTO ${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM jsonb_populate_recordset(NULL::${quote(table)}, ?::jsonb)`,
  );
  let batch: unknown[] = [];
  let rows = 0;
  const flush = () => {
    if (batch.length === 0) return;
    write.run(JSON.stringify(batch));
    rows += batch.length;
    batch = [];
  };
  try {
    for (const row of read.iterate()) {
      batch.push(row);
      if (batch.length >= BATCH) flush();
    }
    flush();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('CONFLICT', say('storage.move.refused', { table: table.replace(/_/g, ' '), reason: (error as Error).message }));
  }
  return rows;
}

/** Each identity sequence past the highest id copied, so the next record made on any counter gets a new one. */
function moveSequencesPast(shared: PgDb): void {
  const tables = shared
    .prepare("SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    shared
      .prepare(`SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce((SELECT max(id) FROM ${quote(table)}), 0) + 1, false)`)
      .get(table);
  }
}

/** The months with incidents, as the figures name them (YYYY-MM). */
function monthsWithIncidents(file: SqliteDb): string[] {
  return file.prepare('SELECT DISTINCT substr(occurred_at, 1, 7) AS month FROM incidents ORDER BY month').pluck().all() as string[];
}

/** Compares what each engine now holds; the first difference, in a sentence, or null. */
function firstDifference(file: SqliteDb, shared: PgDb, counts: MoveResult['counts'], months: string[], now: Date): string | null {
  for (const { table, rows } of counts) {
    const there = countRows(shared, table);
    if (there !== rows) return say('storage.move.differentRows', { table: table.replace(/_/g, ' '), inFile: rows, inShared: there });
  }
  for (const month of months) {
    const here = monthFigures(file, month, now);
    let there: ReturnType<typeof monthFigures>;
    try {
      there = monthFigures(shared, month, now);
    } catch (error) {
      // Not something the person did: said plainly, and the copy is rolled back like any difference.
      if (error instanceof AppError) throw error;
      return say('storage.move.figuresFailed', { month, reason: (error as Error).message });
    }
    for (const key of Object.keys(here) as (keyof typeof here)[]) {
      if (JSON.stringify(here[key]) !== JSON.stringify(there[key])) {
        return say('storage.move.figuresDiffer', { month, key, inFile: JSON.stringify(here[key]), inShared: JSON.stringify(there[key]) });
      }
    }
  }
  return null;
}

/**
 * Copies every record of `file` into `shared` (which must hold none) and checks the copy; commits
 * only if the row counts and every month's figures match. The file is read in one snapshot.
 */
export function moveToShared(file: SqliteDb, shared: PgDb, now: Date): MoveResult {
  if (schemaVersion(file) !== LATEST_VERSION || LATEST_VERSION !== PG_LATEST_VERSION) {
    throw new AppError('CONFLICT', say('storage.move.versions'));
  }
  const move = () =>
    shared.transaction(() => {
      refuseUnlessEmpty(shared);
      for (const table of [...TABLES].reverse()) shared.exec(`DELETE FROM ${quote(table)}`);
      const counts = TABLES.map((table) => ({ table, rows: copyTable(file, shared, table) }));
      moveSequencesPast(shared);
      const months = monthsWithIncidents(file);
      const difference = firstDifference(file, shared, counts, months, now);
      if (difference) {
        throw new AppError('CONFLICT', say('storage.move.mismatch', { difference }));
      }
      return { counts, months };
    })();
  // The file's rows are read in one snapshot: a counter saving meanwhile cannot split the copy.
  return file.transaction(move).deferred();
}

/** "3,214 incidents, 5,120 compensations, …": the tables a person knows, by what they hold, in the current language. */
export function describeMove(result: MoveResult): string {
  const rows = new Map(result.counts.map((c) => [c.table, c.rows]));
  return say('storage.move.summary', {
    incidents: rows.get('incidents') ?? 0,
    compensations: rows.get('compensations') ?? 0,
    customers: rows.get('customers') ?? 0,
    events: rows.get('incident_events') ?? 0,
    lessons: rows.get('lessons') ?? 0,
    staff: rows.get('staff') ?? 0,
    lists: (rows.get('categories') ?? 0) + (rows.get('root_causes') ?? 0),
  });
}
