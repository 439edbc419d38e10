// Importing a CSV file: every row is read and checked first, holding no lock; then it is written.
//
// Why the writing is cut into several transactions: a transaction holds the file's one write
// lock, and writing 100,000 incidents takes about 18 s here (raw INSERTs of the same rows alone
// take 12 s), so no single final transaction can be short, staging file or not; yet a save at the
// counter in another window must wait under 2 s. So:
//   1. The file is parsed and checked with no transaction open. A bad row stops the import before
//      anything is written, as it always did.
//   2. A file that fits in one transaction is written in one, as it always was.
//   3. A larger one is written in transactions sized to hold the lock about 0.4 s each, with the
//      lock left free 120 ms between them: SQLite's busy wait in another process polls every
//      100 ms at most, so a shorter gap would let it sleep through every one. The gap is an await
//      in the app (importCsvInTurns), so its other calls on this connection run there too; the
//      command line sleeps (importCsv).
//   4. It stays all or nothing through a batch (domain/importBatches.ts). Each transaction checks
//      again what another window may have changed since step 1 (a ref saved meanwhile; the batch
//      gone because a backup was restored), records the ids it added, and the last one marks the
//      batch finished. A batch that does not finish is removed whole: by the import itself when a
//      transaction is refused, or the next time the file is opened when its process died.
// Meanwhile other windows see the import arriving (the journal grows transaction by transaction),
// and see it go if it is undone. Hiding unfinished rows instead would put a filter into every read
// of every screen and figure. An edit someone makes meanwhile to an incident the import is adding
// goes with it if the import is undone.
import type { z } from 'zod';
import { AppError } from '../../../../shared/result';
import type { ImportRequest, ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { writesReleased } from '../db/writeHold';
import type { HistoryWritten } from '../domain/history';
import { batchIsOpen, finishBatch, idMarks, recordBatchRows, releaseBatch, removeAbandonedImports, removeBatchStep, startBatch } from '../domain/importBatches';
import { raiseRefCounter } from '../domain/refs';
import { getSettings } from '../repos/settings';
import { ignoredColumns, resolveColumns } from './columns';
import { readCsv } from './csv';
import { firstTakenRef, planIncidents, type PlannedIncident } from './plan';
import { byLine } from './problems';
import { readRow, type ReadRow } from './rows';
import { describeCreated, storeIncidents } from './store';

const NOTHING_CREATED: ImportResult['created'] = { categories: [], rootCauses: [], staff: [] };

/** How a large import shares the write lock (step 3 above). Tests and the bench set them. */
export interface ImportPace {
  /** Incidents per transaction. By default the first has 1,000 and the next are sized to hold the lock about `holdMs`. */
  chunk?: number;
  holdMs?: number;
  /** How long the lock is left free between two transactions. */
  gapMs?: number;
}

const FIRST_CHUNK = 1_000;
const HOLD_MS = 400;
const GAP_MS = 120;

/** Between two steps: `gap` leaves the write lock free for another process to take; `turn` only lets this thread's other calls run. */
type Pause = 'gap' | 'turn';

/**
 * Checks a CSV file against docs/domain.md's columns and, unless it is a dry run, writes it: every
 * incident when there is no problem, or only the good ones with skipBadRows. The counts describe
 * what is (or would be) written. For a process that does nothing else (the command line): it
 * sleeps while it leaves the lock to others.
 */
export function importCsv(db: Db, request: z.output<typeof ImportRequest>, now: Date, pace: ImportPace = {}): ImportResult {
  const steps = importSteps(db, request, now, pace);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (step.value === 'gap') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pace.gapMs ?? GAP_MS);
  }
}

/** importCsv for the app and `serve`: other calls on this thread run between its steps. */
export async function importCsvInTurns(db: Db, request: z.output<typeof ImportRequest>, now: Date, pace: ImportPace = {}): Promise<ImportResult> {
  const steps = importSteps(db, request, now, pace);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    const pause = step.value;
    await new Promise<void>((resolve) => (pause === 'gap' ? setTimeout(resolve, pace.gapMs ?? GAP_MS) : setImmediate(resolve)));
    // A restore of this thread may be copying pages in meanwhile: the next write waits for it.
    await writesReleased(db);
  }
}

function* importSteps(db: Db, request: z.output<typeof ImportRequest>, now: Date, pace: ImportPace): Generator<Pause, ImportResult> {
  const checked = yield* checkFile(db, request, now);
  if (!checked.write) return checked.result;
  const written = yield* writeInTurns(db, checked.write, now.toISOString(), pace);
  return { ...checked.result, overAllowanceUnapproved: written.overAllowanceUnapproved, written: true };
}

/** Step 1: the file read and checked, and what to write (null: nothing, for a dry run or a problem). */
function* checkFile(
  db: Db,
  request: z.output<typeof ImportRequest>,
  now: Date,
): Generator<Pause, { result: ImportResult; write: PlannedIncident[] | null }> {
  const file = readCsv(request.csv);
  if ('reason' in file) {
    // Nothing past the problem is read, but a header that was read still shows what its columns are.
    const columns = resolveColumns(file.headers, request.mapping);
    const result = { headers: file.headers, mapping: columns.mapping, ignoredColumns: ignoredColumns(file.headers, columns, []), rows: 0,
      incidents: 0, compensations: 0, overAllowanceUnapproved: 0, written: false, created: NOTHING_CREATED, problems: [{ line: file.line, column: file.column, reason: file.reason }] };
    return { result, write: null };
  }
  const columns = resolveColumns(file.headers, request.mapping);
  const base = {
    headers: file.headers,
    mapping: columns.mapping,
    ignoredColumns: ignoredColumns(file.headers, columns, file.records),
    rows: file.records.length,
  };
  if (file.records.length === 0) columns.problems.push({ line: 2, column: null, reason: 'the file has a header but no rows under it' });
  if (columns.problems.length > 0) {
    return { result: { ...base, incidents: 0, compensations: 0, overAllowanceUnapproved: 0, written: false, created: NOTHING_CREATED, problems: columns.problems }, write: null };
  }
  yield 'turn';
  const { currency, locale } = getSettings(db);
  const rows: ReadRow[] = [];
  for (let i = 0; i < file.records.length; i += 5_000) {
    for (const record of file.records.slice(i, i + 5_000)) rows.push(readRow(record, columns, { dateFormat: request.dateFormat, currency, locale, now }));
    yield 'turn';
  }
  const plan = planIncidents(db, rows, columns.mapping, request.skipBadRows);
  const problems = plan.problems.sort(byLine);
  const write = !request.dryRun && plan.incidents.length > 0 && (problems.length === 0 || request.skipBadRows);
  const created = describeCreated(db, plan.incidents);
  // What would be marked "over allowance, not approved"; a write counts it as it writes.
  const overAllowanceUnapproved = write ? 0 : storeIncidents(db, plan.incidents, now.toISOString(), true).overAllowanceUnapproved;
  const result: ImportResult = {
    ...base,
    incidents: plan.incidents.length,
    compensations: plan.incidents.reduce((n, i) => n + i.compensations.length, 0),
    overAllowanceUnapproved,
    problems,
    written: false,
    created,
  };
  return { result, write: write ? plan.incidents : null };
}

const changedUnderneath = (what: string) =>
  new AppError('CONFLICT', `${what} while this file was being imported, so the import was undone and nothing from the file was kept; import it again.`);

/** Steps 2-4: written in one transaction when it fits, else in a batch of short ones (see the top of this file). */
function* writeInTurns(db: Db, incidents: PlannedIncident[], now: string, pace: ImportPace): Generator<Pause, HistoryWritten> {
  // Those with a ref first, as writeHistory orders them within a call, so a new ref never takes one the file brings.
  const ordered = [...incidents.filter((i) => i.ref !== null), ...incidents.filter((i) => i.ref === null)];
  let size = pace.chunk ?? FIRST_CHUNK;
  if (ordered.length <= size) return db.transaction(() => storeIncidents(db, ordered, now))();

  // Leftovers of an import this process gave up on and could not undo then.
  removeAbandonedImports(db);
  // The counter moves past every MG-<n> of the file at once, so a window saving meanwhile never takes one.
  const batch = db.transaction(() => {
    raiseRefCounter(db, ordered.map((i) => i.ref));
    return startBatch(db, now);
  })();
  const total: HistoryWritten = { incidents: 0, compensations: 0, overAllowanceUnapproved: 0 };
  try {
    for (let from = 0; from < ordered.length; ) {
      if (from > 0) yield 'gap';
      const chunk = ordered.slice(from, from + size);
      const last = from + chunk.length >= ordered.length;
      let started = 0;
      const written = db.transaction(() => {
        // Timed from here: waiting for another window's save to end is not this transaction's cost.
        started = performance.now();
        if (!batchIsOpen(db, batch)) throw changedUnderneath('The data was replaced by a backup');
        const taken = firstTakenRef(db, chunk);
        if (taken) throw changedUnderneath(`Line ${taken.line}: ${taken.ref} was saved in Makegood by someone else`);
        const before = idMarks(db);
        const w = storeIncidents(db, chunk, now);
        recordBatchRows(db, batch, before);
        if (last) finishBatch(db, batch, now);
        return w;
      })();
      total.incidents += written.incidents;
      total.compensations += written.compensations;
      total.overAllowanceUnapproved += written.overAllowanceUnapproved;
      from += chunk.length;
      if (pace.chunk === undefined) {
        const perIncident = Math.max(performance.now() - started, 1) / chunk.length;
        size = Math.min(20_000, Math.max(50, Math.round((pace.holdMs ?? HOLD_MS) / perIncident)));
      }
    }
    return total;
  } catch (error) {
    // Undone the same way, in short transactions with the lock free between them.
    try {
      while (!removeBatchStep(db, batch)) yield 'gap';
    } catch (undo) {
      throw new AppError(
        'CONFLICT',
        `The import stopped half-way (${(error as Error).message.replace(/\.$/, '')}) and could not be undone yet (${(undo as Error).message.replace(/\.$/, '')}); Makegood removes what it wrote the next time it opens the file.`,
      );
    }
    throw error;
  } finally {
    releaseBatch(db, batch);
  }
}
