// Importing a file (CSV, .xlsx, .ods): read three times from the disk, never held whole.
//
//   1. Survey (no lock): the header is matched to Makegood's fields, and the rows are read once
//      for what settles how to read them: the date order (a day over 12), the decimal mark, which
//      refs repeat (rows sharing a ref are one incident) and where each one's last row is.
//   2. Check (no lock): every row is read and checked as it will be stored. Only the counts, the
//      first problems, the preview's rows and the names the file creates are kept; incidents are
//      planned a group at a time and let go. A bad row stops the import before anything is written.
//   3. Write: the rows are read again and written, in one transaction when the file fits in one,
//      else in transactions sized to hold the lock about 0.4 s each with the lock left free 120 ms
//      between them (SQLite's busy wait in another process polls every 100 ms at most, so a shorter
//      gap would let it sleep through every one). The gap is an await, so this thread's other calls
//      run there too. It stays all or nothing through a batch (domain/importBatches.ts): each
//      transaction checks again what another window may have changed since step 2 (a ref saved
//      meanwhile; the batch gone because a backup was restored), records the ids it added, and the
//      last one marks the batch finished. A batch that does not finish is removed whole: by the
//      import itself when a transaction is refused, or the next time the file is opened when its
//      process died.
// Between steps, and every few thousand rows within them, this thread is given back (a turn), so
// a save at the counter in the same app waits for one slice of reading, not for the whole file.
// Meanwhile other windows see the import arriving (the journal grows transaction by transaction),
// and see it go if it is undone.
import { statSync } from 'node:fs';
import { AppError } from '../../../../shared/result';
import type { DateOrder, ImportPreviewRow, ImportProgress, ImportRequest, ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { writesReleased } from '../db/writeHold';
import { AllowanceLedger } from '../domain/allowance';
import type { HistoryWritten } from '../domain/history';
import { batchIsOpen, finishBatch, idMarks, recordBatchRows, releaseBatch, removeAbandonedImports, removeBatchStep, startBatch } from '../domain/importBatches';
import { raiseRefCounter } from '../domain/refs';
import { getSettings } from '../repos/settings';
import { ignoredColumns, resolveColumns, type ResolvedColumns } from './columns';
import { DateOrderDetector } from './dateOrder';
import { firstTakenRef, planIncidents, type PlannedIncident } from './plan';
import { byLine } from './problems';
import { readRow, refText, type ReadOptions, type ReadRow } from './rows';
import { openSource } from './sources';
import { type Cell, type OpenedSource, SourceError, type SourceRow } from './sources/types';
import { CreatedNames, storeIncidents } from './store';
import { DecimalMarkDetector } from './amounts';

/** How a large import shares the write lock (step 3 above). Tests and the bench set them. */
export interface ImportPace {
  /** Incidents per transaction. By default the first has 1,000 and the next are sized to hold the lock about `holdMs`. */
  chunk?: number;
  holdMs?: number;
  /** How long the lock is left free between two transactions. */
  gapMs?: number;
}

export interface ImportRun {
  pace?: ImportPace;
  /** Called as the import goes: its phase and how far through it. */
  onProgress?: (progress: ImportProgress) => void;
}

/** Everything data.import takes but the file, which the caller resolves to a path. */
export type ImportOptions = Omit<ImportRequest, 'file'>;

const FIRST_CHUNK = 1_000;
const HOLD_MS = 400;
const GAP_MS = 120;
/** Rows read between two turns of this thread. */
const ROWS_PER_TURN = 2_000;
const PREVIEW_ROWS = 20;
const MAX_PROBLEMS = 500;
/** Incidents planned (and dry-run) together while checking. */
const CHECK_GROUP = 500;

const NOTHING_CREATED: ImportResult['created'] = { categories: [], rootCauses: [], staff: [] };
const DATE_FIELDS = ['occurred_at', 'resolved_at', 'follow_up_due_at', 'followed_up_at', 'compensation_given_at'] as const;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const gap = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rows kept from the first read for the next ones: about 25 MB at most for a wide sheet. */
const KEEP_ROWS = 25_000;

/**
 * The source, with the rows of its first complete read kept for the reads after it when there are
 * at most `limit` of them; a larger file is read from the disk each time (its memory stays flat).
 */
function keepingRows(source: OpenedSource, limit: number): OpenedSource {
  let kept: SourceRow[] | null = null;
  let reading = false;
  let served = 0;
  return {
    ...source,
    progress: () => (kept && !reading ? served / Math.max(1, kept.length) : source.progress()),
    async *rows() {
      if (kept) {
        served = 0;
        for (const row of kept) {
          served += 1;
          yield row;
        }
        return;
      }
      reading = true;
      let collecting: SourceRow[] | null = [];
      try {
        for await (const row of source.rows()) {
          if (collecting && collecting.length < limit) collecting.push(row);
          else collecting = null;
          yield row;
        }
        kept = collecting;
      } finally {
        reading = false;
      }
    },
  };
}

/** The problems kept for the answer: the first MAX_PROBLEMS in file order, and how many in all. */
class Problems {
  readonly list: ImportResult['problems'] = [];
  count = 0;
  add(...problems: ImportResult['problems']): void {
    this.count += problems.length;
    for (const p of problems) if (this.list.length < MAX_PROBLEMS) this.list.push(p);
  }
}

/** The file as it was when it was checked: one that changes before it is written is refused. */
const fileStamp = (path: string) => {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
};

/**
 * Reads the file at `path`, checks every row against docs/domain.md's rules and, unless it is a
 * dry run, writes it: every incident when there is no problem, or only the good ones with
 * skipBadRows. The counts describe what is (or would be) written.
 */
export async function importFile(db: Db, path: string, options: ImportOptions, now: Date, run: ImportRun = {}): Promise<ImportResult> {
  const report = run.onProgress ?? (() => undefined);
  report({ phase: 'reading', done: 0, rows: 0 });
  let source: OpenedSource;
  try {
    source = await openSource(path, { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.sheet !== undefined ? { sheet: options.sheet } : {}) });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    // The header may have been read before the file stopped being readable: its columns still show.
    const columns = resolveColumns(error.headers, options.mapping);
    return {
      ...refused({ kind: 'csv' }, error.headers, { line: error.line, column: error.column, reason: error.reason }),
      ...(error.headers.length > 0 ? { mapping: columns.mapping, matchedBy: columns.matchedBy, ignoredColumns: ignoredColumns(error.headers, columns, new Set()) } : {}),
    };
  }
  // The survey keeps the rows of a small file for the check and the write (bounded: past the limit
  // they are dropped and read from the disk again), so a typical log is read once, not three times.
  source = keepingRows(source, KEEP_ROWS);
  const stamp = fileStamp(path);
  const fileInfo: ImportResult['file'] = {
    kind: source.kind,
    ...(source.encoding ? { encoding: source.encoding } : {}),
    ...(source.delimiter ? { delimiter: source.delimiter } : {}),
    ...(source.sheets ? { sheets: source.sheets } : {}),
    ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
  };
  const columns = resolveColumns(source.headers, options.mapping);
  const base = { file: fileInfo, headers: source.headers, mapping: columns.mapping, matchedBy: columns.matchedBy };
  if (columns.problems.length > 0) {
    return { ...refused(fileInfo, source.headers, ...columns.problems), ...base, ignoredColumns: ignoredColumns(source.headers, columns, new Set()) };
  }

  try {
    // 1. Survey.
    const survey = await surveyRows(source, columns, report);
    const ignored = ignoredColumns(source.headers, columns, survey.filledColumns);
    const order = decideDateOrder(survey.dates, options.dateOrder);
    const early = { ...base, ignoredColumns: ignored, rows: survey.rows, dateOrder: order.answer };
    if (survey.rows === 0) return { ...refused(fileInfo, source.headers, { line: source.headerLine + 1, column: null, reason: 'the file has a header but no rows under it' }), ...early };
    if (order.problem) return { ...refused(fileInfo, source.headers, order.problem), ...early };

    const marks = survey.decimalMark.result();
    if ('conflict' in marks) {
      const { ',': comma, '.': point } = marks.conflict;
      const [first, second] = comma.line < point.line ? [comma, point] : [point, comma];
      const column = columns.mapping.compensation_cost ?? null;
      return {
        ...refused(fileInfo, source.headers, {
          line: second.line,
          column,
          reason: `the amounts are written two ways: “${first.text}” on line ${first.line} has a decimal ${first === comma ? 'comma' : 'point'}, “${second.text}” here a decimal ${second === comma ? 'comma' : 'point'}; write them one way`,
        }),
        ...early,
      };
    }
    const { currency, locale } = getSettings(db);
    const read: ReadOptions = {
      dateOrder: order.answer.used,
      decimalMark: 'mark' in marks ? marks.mark : null,
      currency,
      locale,
      now,
      historic: options.historic,
    };

    // 2. Check.
    const checked = await checkRows(db, source, columns, read, survey.repeated, options, now, report);
    const result: ImportResult = {
      ...early,
      incidents: checked.incidents,
      compensations: checked.compensations,
      open: checked.open,
      overAllowanceUnapproved: checked.overAllowanceUnapproved,
      preview: checked.preview,
      problems: checked.problems.list,
      problemCount: checked.problems.count,
      written: false,
      created: checked.created,
    };
    const write = !options.dryRun && checked.incidents > 0 && (checked.problems.count === 0 || options.skipBadRows);
    if (!write) return result;

    // 3. Write.
    if (fileStamp(path) !== stamp) throw new AppError('CONFLICT', 'The file changed while it was being checked; nothing was imported. Import it again.');
    const written = await writeRows(db, source, columns, read, survey.repeated, checked, now.toISOString(), run.pace ?? {}, report);
    return { ...result, overAllowanceUnapproved: written.overAllowanceUnapproved, written: true };
  } catch (error) {
    // A file that cannot be read past some point: nothing was written (a write stops before its first row).
    if (error instanceof SourceError) {
      return { ...refused(fileInfo, source.headers, { line: error.line, column: error.column, reason: error.reason }), ...base, ignoredColumns: ignoredColumns(source.headers, columns, new Set()) };
    }
    throw error;
  } finally {
    report({ phase: 'idle', done: 0, rows: 0 });
  }
}

/** An answer that imports nothing, with the problem that stopped it. */
function refused(file: ImportResult['file'], headers: string[], ...problems: ImportResult['problems']): ImportResult {
  return {
    file,
    headers,
    mapping: {},
    matchedBy: {},
    dateOrder: { used: null, how: 'none', choices: [] },
    ignoredColumns: [],
    rows: 0,
    incidents: 0,
    compensations: 0,
    open: 0,
    overAllowanceUnapproved: 0,
    preview: [],
    problems,
    problemCount: problems.length,
    written: false,
    created: NOTHING_CREATED,
  };
}

/** The text of a cell where a ref or a date is looked for (a workbook's number or date cell has none). */
const textOf = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell.trim() : '');

interface Survey {
  rows: number;
  dates: DateOrderDetector;
  decimalMark: DecimalMarkDetector;
  /** Refs on more than one row, and the line of each one's last row. */
  repeated: Map<string, number>;
  /** Columns with at least one filled cell. */
  filledColumns: Set<number>;
}

async function surveyRows(source: OpenedSource, columns: ResolvedColumns, report: (p: ImportProgress) => void): Promise<Survey> {
  const dates = new DateOrderDetector();
  const decimalMark = new DecimalMarkDetector();
  const refs = new Map<string, { count: number; last: number }>();
  const filledColumns = new Set<number>();
  const dateAt = DATE_FIELDS.map((f) => columns.index[f]).filter((i): i is number => i !== undefined);
  const costAt = columns.index.compensation_cost;
  const refAt = columns.index.ref;
  let rows = 0;
  for await (const row of source.rows()) {
    rows += 1;
    row.cells.forEach((cell, at) => {
      if (cell !== null && cell !== '' && !(typeof cell === 'string' && cell.trim() === '')) filledColumns.add(at);
    });
    for (const at of dateAt) {
      const text = textOf(row.cells[at]);
      if (text !== '') dates.add(text, row.line);
    }
    if (costAt !== undefined) {
      const text = textOf(row.cells[costAt]);
      if (text !== '') decimalMark.add(text, row.line);
    }
    if (refAt !== undefined) {
      const ref = refText(row.cells[refAt]);
      if (ref !== null) {
        const seen = refs.get(ref);
        if (seen) {
          seen.count += 1;
          seen.last = row.line;
        } else refs.set(ref, { count: 1, last: row.line });
      }
    }
    if (rows % ROWS_PER_TURN === 0) {
      report({ phase: 'reading', done: source.progress(), rows });
      await turn();
    }
  }
  const repeated = new Map<string, number>();
  for (const [ref, seen] of refs) if (seen.count > 1) repeated.set(ref, seen.last);
  return { rows, dates, decimalMark, repeated, filledColumns };
}

/** The order dates are read in: the person's choice, else what the file settles; undecided is a question, not a guess. */
function decideDateOrder(dates: DateOrderDetector, chosen: DateOrder | undefined): { answer: ImportResult['dateOrder']; problem?: ImportResult['problems'][number] } {
  const found = dates.result();
  if (chosen) return { answer: { used: chosen, how: 'chosen', choices: 'ambiguous' in found ? found.ambiguous : [] } };
  if ('order' in found) return { answer: { used: found.order, how: 'file', choices: [] } };
  if ('none' in found) return { answer: { used: null, how: 'none', choices: [] } };
  if ('conflict' in found) {
    const { dmy, mdy } = found.conflict;
    const [first, second] = dmy.line < mdy.line ? [{ ...dmy, order: 'dmy' as const }, { ...mdy, order: 'mdy' as const }] : [{ ...mdy, order: 'mdy' as const }, { ...dmy, order: 'dmy' as const }];
    return {
      answer: { used: null, how: 'undecided', choices: ['dmy', 'mdy'] },
      problem: {
        line: second.line,
        column: null,
        reason: `the dates are written two ways: “${first.text}” on line ${first.line} can only be ${ORDER_WORDS[first.order]}, but “${second.text}” here can only be ${ORDER_WORDS[second.order]}; write them one way`,
      },
    };
  }
  return {
    answer: { used: null, how: 'undecided', choices: found.ambiguous },
    problem: {
      line: found.first.line,
      column: null,
      reason: `every date in the file could be read ${found.ambiguous.map((o) => ORDER_WORDS[o]).join(' or ')} (such as “${found.first.text}” here); choose which it is`,
    },
  };
}

const ORDER_WORDS: Record<DateOrder, string> = { dmy: 'day first', mdy: 'month first', ymd: 'year first' };

/**
 * The rows of a file in incidents: a row alone, or the rows sharing a ref once its last one is read
 * (`repeated`: the ref's last line). Rows of a ref wait only until then, so a file whose repeated
 * refs sit together (as an export writes them) holds one incident at a time.
 */
async function* groups(source: OpenedSource, columns: ResolvedColumns, read: ReadOptions, repeated: Map<string, number>, onRow: (row: ReadRow, count: number) => Promise<void>): AsyncGenerator<ReadRow[]> {
  const waiting = new Map<string, ReadRow[]>();
  let count = 0;
  for await (const row of source.rows()) {
    count += 1;
    const r = readRow(row, columns, read);
    await onRow(r, count);
    const last = r.ref === null ? undefined : repeated.get(r.ref);
    if (last === undefined) {
      yield [r];
      continue;
    }
    const group = waiting.get(r.ref!) ?? [];
    group.push(r);
    if (row.line >= last) {
      waiting.delete(r.ref!);
      yield group;
    } else waiting.set(r.ref!, group);
  }
  // A ref whose last row was not seen again (the file changed between two reads): what is left.
  for (const group of waiting.values()) yield group;
}

const previewOf = (r: ReadRow): ImportPreviewRow => ({
  line: r.line,
  ref: r.ref,
  occurredAt: r.incident?.occurred_at ?? null,
  whatHappened: r.incident?.what_happened ?? '',
  customer: r.incident?.customer_name ?? '',
  channel: r.incident?.channel ?? null,
  category: r.incident?.category ?? null,
  severity: r.incident?.severity ?? null,
  handledBy: r.incident?.handled_by ?? null,
  resolvedAt: r.incident?.resolved_at ?? null,
  outcome: r.incident?.outcome ?? null,
  compensation: r.compensation ? { kind: r.compensation.kind, cost: r.compensation.cost, description: r.compensation.description, givenBy: r.compensation.given_by } : null,
  problems: r.problems,
});

interface Checked {
  incidents: number;
  compensations: number;
  open: number;
  overAllowanceUnapproved: number;
  preview: ImportPreviewRow[];
  problems: Problems;
  created: ImportResult['created'];
  /** The first line of each incident that will not be written (skipBadRows leaves them out). */
  badGroups: Set<number>;
  /** The MG-<n> refs of the file, highest first: the counter moves past them before the write. */
  highestRef: string | null;
}

async function checkRows(
  db: Db,
  source: OpenedSource,
  columns: ResolvedColumns,
  read: ReadOptions,
  repeated: Map<string, number>,
  options: ImportOptions,
  now: Date,
  report: (p: ImportProgress) => void,
): Promise<Checked> {
  const problems = new Problems();
  const preview: ImportPreviewRow[] = [];
  const created = new CreatedNames();
  const ledger = new AllowanceLedger(db);
  const badGroups = new Set<number>();
  const totals = { incidents: 0, compensations: 0, open: 0, overAllowanceUnapproved: 0 };
  let highest = 0;
  let highestRef: string | null = null;
  let pending: ReadRow[] = [];
  const found: ImportResult['problems'] = [];

  const plan = (rows: ReadRow[]) => {
    const planned = planIncidents(db, rows, columns.mapping, options.skipBadRows);
    found.push(...planned.problems);
    // An incident is known by the line of its first row, as the write finds it again.
    const good = new Set(planned.incidents.map((i) => i.line));
    const firstOf = new Map<string, number>();
    for (const row of rows) {
      const first = row.ref === null ? row.line : (firstOf.get(row.ref) ?? firstOf.set(row.ref, row.line).get(row.ref)!);
      if (!good.has(first)) badGroups.add(first);
    }
    totals.incidents += planned.incidents.length;
    for (const i of planned.incidents) {
      totals.compensations += i.compensations.length;
      if (i.values.resolved_at === null) totals.open += 1;
      const m = i.ref === null ? null : /^MG-(\d{1,9})$/.exec(i.ref);
      if (m && Number(m[1]) > highest) {
        highest = Number(m[1]);
        highestRef = i.ref;
      }
    }
    created.add(db, planned.incidents);
    if (planned.incidents.length > 0) {
      totals.overAllowanceUnapproved += storeIncidents(db, planned.incidents, now.toISOString(), true, ledger).overAllowanceUnapproved;
    }
  };

  const onRow = async (row: ReadRow, count: number) => {
    if (preview.length < PREVIEW_ROWS) preview.push(previewOf(row));
    if (count % ROWS_PER_TURN === 0) {
      report({ phase: 'checking', done: source.progress(), rows: count });
      await turn();
    }
  };
  for await (const group of groups(source, columns, read, repeated, onRow)) {
    pending.push(...group);
    if (pending.length >= CHECK_GROUP) {
      plan(pending);
      pending = [];
    }
  }
  if (pending.length > 0) plan(pending);
  // Problems come from the rows and the groups in whatever order they were found: in file order for the answer.
  problems.add(...found.sort(byLine));
  // Rows of a bad group: planIncidents names each; the preview shows the same problems beside its rows.
  for (const row of preview) row.problems = found.filter((p) => p.line === row.line);
  return { ...totals, preview, problems, created: created.describe(), badGroups, highestRef };
}

const changedUnderneath = (what: string) =>
  new AppError('CONFLICT', `${what} while this file was being imported, so the import was undone and nothing from the file was kept; import it again.`);

/** Step 3: written in one transaction when it fits, else in a batch of short ones (see the top of this file). */
async function writeRows(
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
  /** The incidents to write, in file order, a group at a time; the bad ones left out (skipBadRows). */
  async function* incidents(): AsyncGenerator<PlannedIncident> {
    for await (const group of groups(source, columns, read, repeated, onRow)) {
      const first = group[0]!;
      if (checked.badGroups.has(first.line)) continue;
      const planned = planIncidents(db, group, columns.mapping, false);
      if (planned.incidents.length !== 1) {
        // Checked clean before: its ref was saved by another window since, or the file changed.
        const taken = planned.problems.find((p) => p.reason.includes('is already in Makegood'));
        throw changedUnderneath(taken ? `Line ${first.line}: ${first.ref} was saved in Makegood by someone else` : `Line ${first.line} of the file changed`);
      }
      yield planned.incidents[0]!;
    }
  }

  let size = pace.chunk ?? FIRST_CHUNK;
  if (checked.incidents <= size) {
    const all: PlannedIncident[] = [];
    for await (const i of incidents()) all.push(i);
    report({ phase: 'writing', done: 0.5, rows: rowsRead });
    await writesReleased(db);
    return db.transaction(() => {
      const taken = firstTakenRef(db, all);
      if (taken) throw new AppError('CONFLICT', `Line ${taken.line}: ${taken.ref} was saved in Makegood by someone else meanwhile; nothing was imported. Import the file again.`);
      return storeIncidents(db, all, now);
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
      report({ phase: 'writing', done: Math.min(1, total.incidents / checked.incidents), rows: rowsRead });
      if (pace.chunk === undefined) {
        const perIncident = Math.max(performance.now() - started, 1) / chunk.length;
        size = Math.min(20_000, Math.max(50, Math.round((pace.holdMs ?? HOLD_MS) / perIncident)));
      }
      if (last) break;
    }
    if (total.incidents !== checked.incidents) throw changedUnderneath('The file changed');
    return total;
  } catch (error) {
    // Undone the same way, in short transactions with the lock free between them.
    try {
      while (!removeBatchStep(db, batch)) await gap(pace.gapMs ?? GAP_MS);
    } catch (undo) {
      throw new AppError(
        'CONFLICT',
        `The import stopped half-way (${(error as Error).message.replace(/\.$/, '')}) and could not be undone yet (${(undo as Error).message.replace(/\.$/, '')}); Makegood removes what it wrote the next time it opens the file.`,
      );
    }
    throw error;
  } finally {
    await source$.return?.(undefined);
    releaseBatch(db, batch);
  }
}
