import { existsSync, statSync } from 'node:fs';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { importFile } from '../main/core/data/import';
import { openSource } from '../main/core/data/sources';
import { EncodingError, SourceError } from '../main/core/data/sources/types';
import { currentLanguage } from '../main/core/i18n/speak';
import { resolveDatabasePath } from '../main/core/paths';
import { say } from './say';
import { shownTarget } from './target';
import { badRequest } from '../../shared/result';
import type { MessageId } from '../../shared/i18n/catalog';
import { IMPORT_FIELDS, type DateOrder, type ImportField, type ImportProgress, type ImportResult } from '../../shared/schemas/data';
import { environmentLanguages } from '../../shared/i18n/languages';

export interface ImportOptions {
  dryRun?: boolean;
  skipBadRows?: boolean;
  map?: string;
  /** `iso` is year first, kept from before the order was detected. */
  dateFormat?: DateOrder | 'iso';
  encoding?: string;
  sheet?: string;
  resolved?: boolean;
}

// Every line here speaks the terminal's language (say.ts), the file's problems included: the
// import runs outside any call, so the core writes them in the language the command line chose.

/** A problem as one line: `line 4, column what_happened: reason`. */
const problemLine = (line: number, column: string | null, reason: string) =>
  column === null ? say('importing.problem.line', { line: String(line), reason }) : say('importing.problem.lineColumn', { line: String(line), column, reason });

/** `--map "Their column=field,…"` → field → header, refusing a field Makegood does not have. */
export function parseMap(text: string | undefined): Partial<Record<ImportField, string>> {
  const mapping: Partial<Record<ImportField, string>> = {};
  if (!text) return mapping;
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.lastIndexOf('=');
    const header = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    if (at < 0 || header === '') throw badRequest(say('importing.cli.mapPair', { pair: pair.trim() }));
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw badRequest(say('importing.cli.mapField', { field, fields: IMPORT_FIELDS.join(', ') }));
    }
    mapping[field as ImportField] = header;
  }
  return mapping;
}

/** "Date → occurred_at (by a word for it)", one field a line, so the person sees what was guessed. */
function describeMapping(result: ImportResult): string[] {
  return Object.entries(result.mapping).map(([field, header]) =>
    `  ${say('importing.cli.columnLine', { header, field, how: result.matchedBy[field as ImportField] ?? 'name' })}`,
  );
}

const DATE_ORDER_LABELS: Record<DateOrder, MessageId> = {
  dmy: 'importing.cli.dateOrder.dmy',
  mdy: 'importing.cli.dateOrder.mdy',
  ymd: 'importing.cli.dateOrder.ymd',
};

/** A progress line on a terminal (rewritten in place); nothing when the output is a file or a pipe. */
function progressLine(): { update: (p: ImportProgress) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  return {
    update: (p) => {
      if (p.phase === 'idle') return;
      process.stderr.write(`\r${say('importing.cli.progress', { phase: p.phase, percent: Math.round(p.done * 100), rows: p.rows })}\u001b[K`);
      shown = true;
    },
    clear: () => {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** All or nothing unless --skip-bad-rows; exits 1 with one `line N, column X: reason` per problem. */
export async function importCommand(dbFlag: string | undefined, file: string, opts: ImportOptions): Promise<void> {
  if (!existsSync(file) || !statSync(file).isFile()) throw badRequest(say('importing.cli.noFile', { file }));
  const mapping = parseMap(opts.map);
  // A file that cannot be read at all is refused before the data file is opened (or made).
  try {
    await openSource(file, { ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    // Text that is not UTF-8 is most often an older Excel's Windows-1252: say which option reads it.
    const hint = !opts.encoding && error instanceof EncodingError && error.encoding === 'utf-8';
    const reason = hint ? say('importing.cli.encodingHint', { reason: error.reason }) : error.reason;
    throw badRequest(say('importing.cli.nothingFrom', { file, problem: problemLine(error.line, error.column, reason) }));
  }
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version, onBusyWait: sayWaitingOnce(), languages: environmentLanguages(process.env) });
  const progress = progressLine();
  try {
    const started = performance.now();
    const dateOrder = opts.dateFormat === 'iso' ? 'ymd' : opts.dateFormat;
    const result = await importFile(
      core.db,
      file,
      {
        mapping,
        ...(dateOrder ? { dateOrder } : {}),
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
        ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
        historic: opts.resolved ?? false,
        dryRun: opts.dryRun ?? false,
        skipBadRows: opts.skipBadRows ?? false,
      },
      new Date(),
      { onProgress: progress.update },
    );
    progress.clear();
    const seconds = (performance.now() - started) / 1000;
    const read = describeMapping(result);
    if (read.length > 0) console.log(`${say('importing.cli.columnsRead')}\n${read.join('\n')}`);
    for (const p of result.problems) console.error(problemLine(p.line, p.column, p.reason));
    if (result.problemCount > result.problems.length) console.error(say('importing.cli.moreProblems', { count: result.problemCount - result.problems.length }));
    if (result.dateOrder.how === 'undecided') {
      const flags = result.dateOrder.choices.map((o) => `--date-format ${o} (${say(DATE_ORDER_LABELS[o])})`);
      console.error(`makegood: ${say('importing.cli.sayDates', { flags: new Intl.ListFormat(currentLanguage(), { type: 'disjunction' }).format(flags) })}`);
      process.exitCode = 1;
      return;
    }
    const what = say('importing.cli.what', { incidents: result.incidents, compensations: result.compensations, rows: result.rows });
    const { categories, rootCauses, staff } = result.created;
    const created = [
      categories.length ? say('importing.cli.newCategories', { count: categories.length }) : '',
      rootCauses.length ? say('importing.cli.newCauses', { count: rootCauses.length }) : '',
      staff.length ? say('importing.cli.newStaff', { count: staff.length }) : '',
    ].filter(Boolean);
    const written = result.written ? 'yes' : 'no';
    // Sentences that follow the summary, each after a space.
    const extra = [
      created.length ? say('importing.cli.new', { list: created.join(', ') }) : '',
      result.overAllowanceUnapproved ? say('importing.cli.unapproved', { count: result.overAllowanceUnapproved, written }) : '',
      result.incidents > 0 ? say('importing.cli.open', { count: result.open, written, hint: result.open > 0 && !opts.resolved ? 'yes' : 'no' }) : '',
    ]
      .filter(Boolean)
      .map((sentence) => ` ${sentence}`)
      .join('');
    const failed = !result.written && result.problemCount > 0 && (!opts.skipBadRows || result.incidents === 0);
    if (result.ignoredColumns.length > 0) {
      (failed ? console.error : console.log)(say('importing.cli.notImported', { list: result.ignoredColumns.join(', ') }));
    }
    if (result.written) {
      const target = shownTarget(databasePath);
      const done = result.problemCount
        ? say('importing.cli.importedSkipping', { what, target, seconds, problems: result.problemCount })
        : say('importing.cli.imported', { what, target, seconds });
      console.log(`${done}${extra}`);
    } else if (failed) {
      const hint = opts.skipBadRows ? 'noRow' : result.incidents > 0 ? 'skip' : 'fix';
      console.error(`makegood: ${say('importing.cli.failed', { count: result.problemCount, file, hint })}`);
      process.exitCode = 1;
    } else {
      console.log(`${say('importing.cli.dryRun', { what })}${extra}`);
    }
  } finally {
    progress.clear();
    core.close();
  }
}
