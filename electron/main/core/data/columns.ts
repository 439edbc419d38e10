import { IMPORT_FIELDS, type ImportField } from '../../../../shared/schemas/data';
import { say } from '../i18n/speak';
import { guessColumns } from './headers';
import type { ImportProblem } from './problems';

export type Mapping = Partial<Record<ImportField, string>>;

export interface ResolvedColumns {
  /** The mapping used: field → the file's header. */
  mapping: Mapping;
  /** Field → index of its cell in a row. */
  index: Partial<Record<ImportField, number>>;
  /** How each field was found: the person's choice, the exact field name, or a word for it. */
  matchedBy: Partial<Record<ImportField, 'chosen' | 'name' | 'synonym'>>;
  problems: ImportProblem[];
  /** How many columns the header has. */
  headers: number;
}

const REQUIRED = ['occurred_at', 'what_happened'] as const;

/**
 * Which of the file's columns holds each field: the person's choice where given ('' is "not in the
 * file"), else a guess from the header in plain words (headers.ts) among the columns nobody chose.
 * The two required fields must end up somewhere; when they do not, the sentence names the file's
 * columns, so the person sees what to choose from.
 */
export function resolveColumns(headers: string[], chosen: Mapping): ResolvedColumns {
  const mapping: Mapping = {};
  const index: ResolvedColumns['index'] = {};
  const matchedBy: ResolvedColumns['matchedBy'] = {};
  const problems: ImportProblem[] = [];
  const used = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const wanted = chosen[field];
    if (wanted === undefined || wanted === '') continue;
    const at = headers.indexOf(wanted);
    if (at < 0) {
      problems.push({ line: 1, column: wanted, reason: say('importing.columns.noSuchColumn', { column: wanted, field }) });
      continue;
    }
    mapping[field] = headers[at];
    index[field] = at;
    matchedBy[field] = 'chosen';
    used.add(at);
  }
  for (const guess of guessColumns(headers)) {
    if (chosen[guess.field] !== undefined || used.has(guess.at)) continue;
    mapping[guess.field] = headers[guess.at];
    index[guess.field] = guess.at;
    matchedBy[guess.field] = guess.how;
    used.add(guess.at);
  }
  for (const field of REQUIRED) {
    if (index[field] !== undefined) continue;
    const columns = headers.filter((h) => h !== '').map((h) => say('importing.quoted', { text: h })).join(', ');
    problems.push({
      line: 1,
      column: null,
      reason: columns ? say('importing.columns.requiredFrom', { field, columns }) : say('importing.columns.requiredEmpty', { field }),
    });
  }
  return { mapping, index, matchedBy, problems, headers: headers.length };
}

/**
 * The file's columns nothing is read from, so the preview and the command line can say they are
 * not imported: a user's own "Table number" column would otherwise vanish without a word.
 * `filled`: the columns with at least one cell written in.
 */
export function ignoredColumns(headers: string[], columns: ResolvedColumns, filled: ReadonlySet<number>): string[] {
  const used = new Set(Object.values(columns.index));
  const count = new Map<string, number>();
  for (const h of headers) count.set(h, (count.get(h) ?? 0) + 1);
  return headers.flatMap((header, at) => {
    if (used.has(at)) return [];
    if (header === '') {
      // A spreadsheet often writes empty columns past the last one used: nothing is lost there.
      return filled.has(at) ? [say('importing.columns.noHeader', { n: String(at + 1) })] : [];
    }
    return [(count.get(header) ?? 0) > 1 ? say('importing.columns.repeated', { header, n: String(at + 1) }) : header];
  });
}
