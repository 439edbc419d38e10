import { readFileSync } from 'node:fs';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { importCsv } from '../main/core/data/import';
import { resolveDatabasePath } from '../main/core/paths';
import { badRequest } from '../../shared/result';
import { decodeUtf8 } from '../../shared/utf8';
import type { DateFormat } from '../main/core/data/dates';

export interface ImportOptions {
  dryRun?: boolean;
  skipBadRows?: boolean;
  dateFormat: DateFormat;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** All or nothing unless --skip-bad-rows; exits 1 with one `line N, column X: reason` per problem. */
export function importCommand(dbFlag: string | undefined, file: string, opts: ImportOptions): void {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw badRequest(`cannot read ${file}; check the path.`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw badRequest(`nothing imported from ${file}: ${decoded.reason}.`);
  const csv = decoded.text;
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version, onBusyWait: sayWaitingOnce() });
  try {
    const started = performance.now();
    const result = importCsv(
      core.db,
      { csv, mapping: {}, dateFormat: opts.dateFormat, dryRun: opts.dryRun ?? false, skipBadRows: opts.skipBadRows ?? false },
      new Date(),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const p of result.problems) {
      console.error(`line ${p.line}${p.column === null ? '' : `, column ${p.column}`}: ${p.reason}`);
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
    const extra = `${created.length ? ` New: ${created.join(', ')}.` : ''}${unapproved}`;
    const failed = !result.written && result.problems.length > 0 && (!opts.skipBadRows || result.incidents === 0);
    if (result.ignoredColumns.length > 0) {
      const none = result.ignoredColumns.length === 1 ? 'no column by that name' : 'no columns by these names';
      (failed ? console.error : console.log)(`Not imported: ${result.ignoredColumns.join(', ')} (Makegood has ${none}; rename a header to one of Makegood's to import it).`);
    }
    if (result.written) {
      const skipped = result.problems.length ? ` (${plural(result.problems.length, 'problem')} left out)` : '';
      console.log(`Imported ${what} into ${databasePath} in ${seconds} s${skipped}.${extra}`);
    } else if (failed) {
      const hint = opts.skipBadRows
        ? 'no row could be imported'
        : result.incidents > 0
          ? 'fix them, or use --skip-bad-rows to import the rest'
          : 'fix the file and import again';
      console.error(`makegood: nothing imported: ${plural(result.problems.length, 'problem')} in ${file}; ${hint}.`);
      process.exitCode = 1;
    } else {
      console.log(`Dry run: would import ${what}; nothing written.${extra}`);
    }
  } finally {
    core.close();
  }
}
