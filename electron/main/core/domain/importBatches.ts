// A large import is written in several short transactions (data/import.ts says why), and stays all
// or nothing through a batch (migration 0009): each transaction records the ids it added, the last
// one marks the batch finished, and a batch that never finishes is removed whole, newest rows
// first, one short transaction at a time, so the data is as it was before the import. Compensations
// and timeline lines go with their incidents (ON DELETE CASCADE), search rows with their trigger.
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { statement } from './statements';
import { processAlive } from '../processAlive';

/** The tables an import adds rows to itself; compensations and the timeline hang off incidents. */
const BATCH_TABLES = ['incidents', 'customers', 'categories', 'root_causes', 'staff'] as const;
type BatchTable = (typeof BATCH_TABLES)[number];
export type IdMarks = Record<BatchTable, number>;

/** Batches this process is writing now, by file: never removed by this process's own clean-up. */
const writing = new Set<string>();
const writingKey = (db: Db, batchId: number) => `${db.name}\u0000${batchId}`;

/** The highest id in each table an import adds to; what a transaction adds after this comes after these. */
export function idMarks(db: Db): IdMarks {
  const marks = {} as IdMarks;
  for (const table of BATCH_TABLES) marks[table] = statement(db, `SELECT coalesce(max(id), 0) FROM ${table}`).pluck().get() as number;
  return marks;
}

/**
 * Who writes a batch: this process on the SQLite file; on the shared database, this connection's
 * server process, which other counters can see (a process id of another computer tells them nothing).
 */
const writerId = (db: Db): number => (isPostgres(db) ? (statement(db, 'SELECT pg_backend_pid()').pluck().get() as number) : process.pid);
const writerAlive = (db: Db, pid: number): boolean =>
  isPostgres(db) ? statement(db, 'SELECT 1 FROM pg_stat_activity WHERE pid = ?').get(pid) !== undefined : processAlive(pid);

/** Opens a batch for this process; its rows are removed if it is not finished. */
export function startBatch(db: Db, now: string): number {
  const id = Number(statement(db, 'INSERT INTO import_batches (pid, started_at) VALUES (?, ?)').run(writerId(db), now).lastInsertRowid);
  writing.add(writingKey(db, id));
  return id;
}

/** This process stopped writing the batch (finished, or given up and removed). */
export function releaseBatch(db: Db, batchId: number): void {
  writing.delete(writingKey(db, batchId));
}

/** Whether the batch is still there to write to: a restore or a clean-up may have removed it. */
export function batchIsOpen(db: Db, batchId: number): boolean {
  return statement(db, 'SELECT 1 FROM import_batches WHERE id = ? AND finished_at IS NULL').get(batchId) !== undefined;
}

/**
 * Inside the transaction that wrote them: records the rows added since `before` (taken at its start).
 * The transaction holds the write lock, so those ids are consecutive and all this batch's.
 */
export function recordBatchRows(db: Db, batchId: number, before: IdMarks): void {
  const after = idMarks(db);
  const insert = statement(db, 'INSERT INTO import_batch_rows (batch_id, tbl, first_id, last_id) VALUES (?, ?, ?, ?)');
  for (const table of BATCH_TABLES) if (after[table] > before[table]) insert.run(batchId, table, before[table] + 1, after[table]);
}

/** In the batch's last transaction: it is whole, so its rows no longer need to be known. */
export function finishBatch(db: Db, batchId: number, now: string): void {
  statement(db, 'DELETE FROM import_batch_rows WHERE batch_id = ?').run(batchId);
  statement(db, 'UPDATE import_batches SET finished_at = ? WHERE id = ?').run(now, batchId);
}

/** Names are removed only where nothing else uses them now (a person may have picked a new category meanwhile). */
const UNUSED: Record<Exclude<BatchTable, 'incidents'>, string> = {
  customers: 'NOT EXISTS (SELECT 1 FROM incidents WHERE customer_id = t.id)',
  categories: 'NOT EXISTS (SELECT 1 FROM incidents WHERE category_id = t.id)',
  root_causes: `NOT EXISTS (SELECT 1 FROM incidents WHERE root_cause_id = t.id)
    AND NOT EXISTS (SELECT 1 FROM compensations WHERE root_cause_id = t.id)
    AND NOT EXISTS (SELECT 1 FROM lessons WHERE root_cause_id = t.id)`,
  staff: `NOT EXISTS (SELECT 1 FROM incidents WHERE handled_by_id = t.id)
    AND NOT EXISTS (SELECT 1 FROM compensations WHERE given_by_id = t.id OR approved_by_id = t.id)
    AND NOT EXISTS (SELECT 1 FROM lessons WHERE owner_id = t.id)`,
};

/**
 * Removes one transaction's worth of an unfinished batch: one transaction's incidents (with their
 * compensations, timeline and search rows), newest first; then customers, then the names it
 * created; then the batch itself. Returns true when the batch is gone. Each step is its own short
 * transaction, so removing a large batch lets other windows save between steps too, and a step
 * cut short by a crash is simply done again next time.
 */
export function removeBatchStep(db: Db, batchId: number): boolean {
  return db.transaction(() => {
    for (const table of BATCH_TABLES) {
      const range = statement(db, 'SELECT rowid, first_id, last_id FROM import_batch_rows WHERE batch_id = ? AND tbl = ? ORDER BY first_id DESC LIMIT 1').get(
        batchId,
        table,
      ) as { rowid: number; first_id: number; last_id: number } | undefined;
      if (!range) continue;
      const where = table === 'incidents' ? '' : ` AND ${UNUSED[table]}`;
      statement(db, `DELETE FROM ${table} AS t WHERE id BETWEEN ? AND ?${where}`).run(range.first_id, range.last_id);
      statement(db, 'DELETE FROM import_batch_rows WHERE rowid = ?').run(range.rowid);
      return false;
    }
    statement(db, 'DELETE FROM import_batches WHERE id = ?').run(batchId);
    return true;
  })();
}


/**
 * On opening the file: removes every unfinished batch nobody is writing any more (its process was
 * killed, the power went, or this process gave up on it and could not remove it then). Returns
 * how many were removed.
 */
export function removeAbandonedImports(db: Db): number {
  const open = statement(db, 'SELECT id, pid FROM import_batches WHERE finished_at IS NULL').all() as { id: number; pid: number }[];
  const me = writerId(db);
  const abandoned = open.filter((b) => !writing.has(writingKey(db, b.id)) && (b.pid === me || !writerAlive(db, b.pid)));
  for (const { id } of abandoned) while (!removeBatchStep(db, id));
  return abandoned.length;
}

/** A restore replaces every row, so no batch's ids mean anything afterwards: it ends them all. */
export function forgetImportBatches(db: Db): void {
  statement(db, 'DELETE FROM import_batches').run();
}

/**
 * A backup made while an import was half-way (a daily copy, say) holds that half: on the way into
 * a restore (`fresh`, with the backup attached as `backup`), it is removed as opening the file would.
 */
export function dropUnfinishedImports(fresh: Db): void {
  fresh.exec(`
    INSERT INTO main.import_batches (id, pid, started_at, finished_at)
      SELECT id, pid, started_at, finished_at FROM backup.import_batches WHERE finished_at IS NULL;
    INSERT INTO main.import_batch_rows (batch_id, tbl, first_id, last_id)
      SELECT batch_id, tbl, first_id, last_id FROM backup.import_batch_rows WHERE batch_id IN (SELECT id FROM main.import_batches);
  `);
  for (const id of fresh.prepare('SELECT id FROM main.import_batches').pluck().all() as number[]) while (!removeBatchStep(fresh, id));
}
