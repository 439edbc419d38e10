// Step 3 of an import (data/import.ts): written in one transaction when the file fits in one, else
// in transactions sized to hold the lock about 0.4 s each, with the lock left free 120 ms between
// them, all or nothing through a batch (domain/importBatches.ts). The top of import.ts says why.
import { AppError } from '../../../../shared/result';
import type { ImportProgress } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { writesReleased } from '../db/writeHold';
import type { HistoryWritten } from '../domain/history';
import { batchIsOpen, finishBatch, idMarks, recordBatchRows, releaseBatch, removeAbandonedImports, removeBatchStep, startBatch } from '../domain/importBatches';
import { raiseRefCounter } from '../domain/refs';
import { say } from '../i18n/speak';
import type { ResolvedColumns } from './columns';
import type { Checked } from './import';
import { groups } from './importGroups';
import { firstTakenRef, planIncidents, type PlannedIncident } from './plan';
import type { ReadOptions, ReadRow } from './rows';
import type { OpenedSource } from './sources/types';
import { storeIncidents } from './store';
import { gap, ROWS_PER_TURN, turn } from './turns';

/** How a large import shares the write lock (step 3 above). Tests and the bench set them. */
export interface ImportPace {
  /** Incidents per transaction. By default the first has 1,000 and the next are sized to hold the lock about `holdMs`. */
  chunk?: number;
  holdMs?: number;
  /** How long the lock is left free between two transactions. */
  gapMs?: number;
}

const FIRST_CHUNK = 1_000;
const PLAN_GROUPS = 200;
const HOLD_MS = 400;
const GAP_MS = 120;

/** What changed under a large import, which undid it. */
type Underneath = { ref: string; line: number } | { line: number } | 'restored' | 'fileChanged';

function changedUnderneath(what: Underneath): AppError {
  const message =
    what === 'restored'
      ? say('importing.write.undoneRestored')
      : what === 'fileChanged'
        ? say('importing.write.undoneFileChanged')
        : 'ref' in what
          ? say('importing.write.undoneRefTaken', { line: String(what.line), ref: what.ref })
          : say('importing.write.undoneLineChanged', { line: String(what.line) });
  return new AppError('CONFLICT', message);
}

/** Step 3: written in one transaction when it fits, else in a batch of short ones (see the top of this file). */
export async function writeRows(
  db: Db,
  source: OpenedSource,
  columns: ResolvedColumns,
  read: ReadOptions,
  repeated: Map<string, number>,
  checked: Checked,
  now: string,
  pace: ImportPace,
  report: (p: ImportProgress) => void,
): Promise<HistoryWritten> {
  let rowsRead = 0;
  const onRow = async (_row: ReadRow, count: number) => {
    rowsRead = count;
    if (count % ROWS_PER_TURN === 0) await turn();
  };
  /** Planned again for the write, PLAN_GROUPS groups at a time (on PostgreSQL a lookup of refs is a round trip, not a step). */
  const plan = (pending: ReadRow[][]): PlannedIncident[] => {
    const planned = planIncidents(db, pending.flat(), columns.mapping, false);
    const byLine = new Map(planned.incidents.map((i) => [i.line, i]));
    return pending.map((group) => {
      const first = group[0]!;
      const incident = byLine.get(first.line);
      if (incident) return incident;
      // Checked clean before: its ref was saved by another window since, or the file changed.
      const taken = first.ref !== null && planned.takenRefs.has(first.ref);
      throw changedUnderneath(taken ? { line: first.line, ref: first.ref! } : { line: first.line });
    });
  };
  /** The incidents to write, in file order; the bad ones left out (skipBadRows). */
  async function* incidents(): AsyncGenerator<PlannedIncident> {
    let pending: ReadRow[][] = [];
    for await (const group of groups(source, columns, read, repeated, onRow)) {
      if (checked.badGroups.has(group[0]!.line)) continue;
      pending.push(group);
      if (pending.length >= PLAN_GROUPS) {
        yield* plan(pending);
        pending = [];
      }
    }
    yield* plan(pending);
  }

  let size = pace.chunk ?? FIRST_CHUNK;
  if (checked.incidents <= size) {
    const all: PlannedIncident[] = [];
    for await (const i of incidents()) all.push(i);
    report({ phase: 'writing', done: 0.5, rows: rowsRead });
    await writesReleased(db);
    return db.transaction(() => {
      const taken = firstTakenRef(db, all);
      if (taken) throw new AppError('CONFLICT', say('importing.write.refTaken', { line: String(taken.line), ref: String(taken.ref) }));
      return storeIncidents(db, all, now, false, undefined, checked.fileCodes);
    })();
  }

  // Leftovers of an import this process gave up on and could not undo then.
  removeAbandonedImports(db);
  await writesReleased(db);
  // The counter moves past every MG-<n> of the file at once, so a window saving meanwhile never takes one.
  const batch = db.transaction(() => {
    raiseRefCounter(db, [checked.highestRef]);
    return startBatch(db, now);
  })();
  const total: HistoryWritten = { incidents: 0, compensations: 0, overAllowanceUnapproved: 0 };
  const source$ = incidents()[Symbol.asyncIterator]();
  try {
    let chunk: PlannedIncident[] = [];
    let done = false;
    while (!done) {
      chunk = [];
      while (chunk.length < size) {
        const next = await source$.next();
        if (next.done) {
          done = true;
          break;
        }
        chunk.push(next.value);
      }
      if (chunk.length === 0) break;
      const last = done || total.incidents + chunk.length >= checked.incidents;
      if (total.incidents > 0) await gap(pace.gapMs ?? GAP_MS);
      // A restore of this thread may be copying pages in meanwhile: the write waits for it.
      await writesReleased(db);
      let started = 0;
      const written = db.transaction(() => {
        // Timed from here: waiting for another window's save to end is not this transaction's cost.
        started = performance.now();
        if (!batchIsOpen(db, batch)) throw changedUnderneath('restored');
        const taken = firstTakenRef(db, chunk);
        if (taken) throw changedUnderneath({ line: taken.line, ref: String(taken.ref) });
        const before = idMarks(db);
        const w = storeIncidents(db, chunk, now, false, undefined, checked.fileCodes);
        recordBatchRows(db, batch, before);
        if (last) finishBatch(db, batch, now);
        return w;
      })();
      total.incidents += written.incidents;
      total.compensations += written.compensations;
      total.overAllowanceUnapproved += written.overAllowanceUnapproved;
      report({ phase: 'writing', done: Math.min(1, total.incidents / checked.incidents), rows: rowsRead });
      if (pace.chunk === undefined) {
        const perIncident = Math.max(performance.now() - started, 1) / chunk.length;
        size = Math.min(20_000, Math.max(50, Math.round((pace.holdMs ?? HOLD_MS) / perIncident)));
      }
      if (last) break;
    }
    if (total.incidents !== checked.incidents) throw changedUnderneath('fileChanged');
    return total;
  } catch (error) {
    // Undone the same way, in short transactions with the lock free between them.
    try {
      while (!removeBatchStep(db, batch)) await gap(pace.gapMs ?? GAP_MS);
    } catch (undo) {
      throw new AppError(
        'CONFLICT',
        say('importing.write.halfWay', { why: (error as Error).message.replace(/\.$/, ''), undo: (undo as Error).message.replace(/\.$/, '') }),
      );
    }
    throw error;
  } finally {
    await source$.return?.(undefined);
    releaseBatch(db, batch);
  }
}

