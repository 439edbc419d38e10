import { existsSync, statSync } from 'node:fs';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { importFile } from '../main/core/data/import';
import { openSource } from '../main/core/data/sources';
import { SourceError } from '../main/core/data/sources/types';
import { resolveDatabasePath } from '../main/core/paths';
import { shownTarget } from './target';
import { badRequest } from '../../shared/result';
import { DATE_ORDER_LABELS, IMPORT_FIELDS, type DateOrder, type ImportField, type ImportProgress, type ImportResult } from '../../shared/schemas/data';
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

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** `--map "Their column=field,…"` → field → header, refusing a field Makegood does not have. */
export function parseMap(text: string | undefined): Partial<Record<ImportField, string>> {
  const mapping: Partial<Record<ImportField, string>> = {};
  if (!text) return mapping;
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.lastIndexOf('=');
    const header = pair.slice(0, at).trim();
    const field = pair.slice(at + 1).trim();
    if (at < 0 || header === '') throw badRequest(`--map takes "Their column=field" pairs separated by commas; “${pair.trim()}” is not one.`);
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw badRequest(`--map: “${field}” is not a field Makegood has; use one of ${IMPORT_FIELDS.join(', ')}.`);
    }
    mapping[field as ImportField] = header;
  }
  return mapping;
}

const HOW: Record<string, string> = { chosen: '--map', name: 'its name', synonym: 'a word for it' };

/** "Date → occurred_at (a word for it)", one field a line, so the person sees what was guessed. */
function describeMapping(result: ImportResult): string[] {
  return Object.entries(result.mapping).map(([field, header]) => `  ${header} → ${field} (by ${HOW[result.matchedBy[field as ImportField] ?? 'name']})`);
}

/** A progress line on a terminal (rewritten in place); nothing when the output is a file or a pipe. */
function progressLine(): { update: (p: ImportProgress) => void; clear: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  const words = { idle: '', reading: 'Reading', checking: 'Checking', writing: 'Importing' } as const;
  return {
    update: (p) => {
      if (p.phase === 'idle') return;
      process.stderr.write(`\r${words[p.phase]} ${Math.round(p.done * 100)}% (${p.rows.toLocaleString('en-US')} rows)\u001b[K`);
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
  if (!existsSync(file) || !statSync(file).isFile()) throw badRequest(`cannot read ${file}; check the path.`);
  const mapping = parseMap(opts.map);
  // A file that cannot be read at all is refused before the data file is opened (or made).
  try {
    await openSource(file, { ...(opts.encoding ? { encoding: opts.encoding } : {}), ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}) });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const where = `line ${error.line}${error.column === null ? '' : `, column ${error.column}`}`;
    const hint = !opts.encoding && /not UTF-8/.test(error.reason) ? ' (--encoding windows-1252, or the one it was saved in)' : '';
    throw badRequest(`nothing imported from ${file}: ${where}: ${error.reason}${hint}.`);
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
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const read = describeMapping(result);
    if (read.length > 0) console.log(`Columns read:\n${read.join('\n')}`);
    for (const p of result.problems) {
      console.error(`line ${p.line}${p.column === null ? '' : `, column ${p.column}`}: ${p.reason}`);
    }
    if (result.problemCount > result.problems.length) console.error(`… and ${plural(result.problemCount - result.problems.length, 'more problem')}.`);
    if (result.dateOrder.how === 'undecided') {
      const flags = result.dateOrder.choices.map((o) => `--date-format ${o} (${DATE_ORDER_LABELS[o]})`).join(' or ');
      console.error(`makegood: nothing imported: say how the dates are written with ${flags}.`);
      process.exitCode = 1;
      return;
    }
    const what = `${plural(result.incidents, 'incident')} with ${plural(result.compensations, 'compensation')} from ${plural(result.rows, 'row')}`;
    const { categories, rootCauses, staff } = result.created;
    const created = [
      categories.length ? `${categories.length} ${categories.length === 1 ? 'category' : 'categories'}` : '',
      rootCauses.length ? plural(rootCauses.length, 'root cause') : '',
      staff.length ? plural(staff.length, 'staff member') : '',
    ].filter(Boolean);
    const unapproved = result.overAllowanceUnapproved
      ? ` ${plural(result.overAllowanceUnapproved, 'compensation')} past the giver's monthly allowance with nobody's approval ${result.written ? 'were' : 'would be'} kept and marked "over allowance, not approved" (a person the import adds starts with no allowance; set allowances in Settings first to avoid it).`
      : '';
    const open = result.incidents > 0 ? ` ${plural(result.open, 'incident')} ${result.written ? (result.open === 1 ? 'is' : 'are') : 'would be'} open on Home${result.open > 0 && !opts.resolved ? ' (--resolved marks past incidents as dealt with)' : ''}.` : '';
    const extra = `${created.length ? ` New: ${created.join(', ')}.` : ''}${unapproved}${open}`;
    const failed = !result.written && result.problemCount > 0 && (!opts.skipBadRows || result.incidents === 0);
    if (result.ignoredColumns.length > 0) {
      (failed ? console.error : console.log)(`Not imported: ${result.ignoredColumns.join(', ')} (no field of Makegood's matched; add it with --map "Their column=field").`);
    }
    if (result.written) {
      const skipped = result.problemCount ? ` (${plural(result.problemCount, 'problem')} left out)` : '';
      console.log(`Imported ${what} into ${shownTarget(databasePath)} in ${seconds} s${skipped}.${extra}`);
    } else if (failed) {
      const hint = opts.skipBadRows
        ? 'no row could be imported'
        : result.incidents > 0
          ? 'fix them, or use --skip-bad-rows to import the rest'
          : 'fix the file and import again';
      console.error(`makegood: nothing imported: ${plural(result.problemCount, 'problem')} in ${file}; ${hint}.`);
      process.exitCode = 1;
    } else {
      console.log(`Dry run: would import ${what}; nothing written.${extra}`);
    }
  } finally {
    progress.clear();
    core.close();
  }
}
