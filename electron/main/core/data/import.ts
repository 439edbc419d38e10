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
import type { ImportPreviewRow, ImportProgress, ImportRequest, ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { AllowanceLedger } from '../domain/allowance';
import { say } from '../i18n/speak';
import { getSettings } from '../repos/settings';
import { ignoredColumns, resolveColumns, type ResolvedColumns } from './columns';
import { groups } from './importGroups';
import { decideDateOrder, surveyRows } from './importSurvey';
import { type ImportPace, writeRows } from './importWrite';
import { planIncidents } from './plan';
import { byLine } from './problems';
import type { ReadOptions, ReadRow } from './rows';
import { openSource } from './sources';
import { KEEP_ROWS, keepingRows } from './sources/keptRows';
import { EncodingError, type OpenedSource, SourceError } from './sources/types';
import { CreatedNames, storeIncidents } from './store';
import { ROWS_PER_TURN, turn } from './turns';

export type { ImportPace };


export interface ImportRun {
  pace?: ImportPace;
  /** Called as the import goes: its phase and how far through it. */
  onProgress?: (progress: ImportProgress) => void;
}

/** Everything data.import takes but the file, which the caller resolves to a path. */
export type ImportOptions = Omit<ImportRequest, 'file'>;

const PREVIEW_ROWS = 20;
const MAX_PROBLEMS = 500;
/** Incidents planned (and dry-run) together while checking. */
const CHECK_GROUP = 500;

const NOTHING_CREATED: ImportResult['created'] = { categories: [], rootCauses: [], staff: [] };



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
      ...refused({ kind: 'csv' }, error.headers, sourceProblem(error)),
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
    if (survey.rows === 0) return { ...refused(fileInfo, source.headers, { line: source.headerLine + 1, column: null, reason: say('importing.noRows') }), ...early };
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
          reason: say('importing.amounts.conflict', {
            firstText: first.text,
            firstLine: String(first.line),
            firstMark: first === comma ? 'comma' : 'point',
            secondText: second.text,
            secondMark: second === comma ? 'comma' : 'point',
          }),
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
    if (fileStamp(path) !== stamp) throw new AppError('CONFLICT', say('importing.changedWhileChecking'));
    const written = await writeRows(db, source, columns, read, survey.repeated, checked, now.toISOString(), run.pace ?? {}, report);
    return { ...result, overAllowanceUnapproved: written.overAllowanceUnapproved, written: true };
  } catch (error) {
    // A file that cannot be read past some point: nothing was written (a write stops before its first row).
    if (error instanceof SourceError) {
      return { ...refused(fileInfo, source.headers, sourceProblem(error)), ...base, ignoredColumns: ignoredColumns(source.headers, columns, new Set()) };
    }
    throw error;
  } finally {
    report({ phase: 'idle', done: 0, rows: 0 });
  }
}

/** Where a file stopped being readable, and why; an encoding's trouble marked so the screen offers the choice. */
const sourceProblem = (error: SourceError): ImportResult['problems'][number] => ({
  line: error.line,
  column: error.column,
  reason: error.reason,
  ...(error instanceof EncodingError ? { about: 'encoding' as const } : {}),
});

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

export interface Checked {
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
  /** The file's voucher codes: a code drawn for a voucher without one never takes one of them. */
  fileCodes: ReadonlySet<string>;
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
  // The file's voucher codes and their lines: one used twice is refused on its second line.
  const fileCodes = new Map<string, number>();

  const plan = (rows: ReadRow[]) => {
    const planned = planIncidents(db, rows, columns.mapping, options.skipBadRows, fileCodes);
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
  return { ...totals, preview, problems, created: created.describe(), badGroups, highestRef, fileCodes: new Set(fileCodes.keys()) };
}
