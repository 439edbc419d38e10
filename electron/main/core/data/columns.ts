import { CSV_COLUMNS, type CsvColumn } from '../../../../shared/schemas/data';
import type { CsvRecord } from './csv';
import type { ImportProblem } from './problems';

export type Mapping = Partial<Record<CsvColumn, string>>;

/** "Customer Name", "customer-name" and "customer_name" are the same header. */
const normalise = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

export interface ResolvedColumns {
  /** The mapping used: canonical column → the file's header. */
  mapping: Mapping;
  /** Canonical column → index of its cell in a record. */
  index: Partial<Record<CsvColumn, number>>;
  problems: ImportProblem[];
  /** How many columns the header has. */
  headers: number;
}

/**
 * Which of the file's columns holds each canonical one: the user's choice where given, else the
 * header with the same name. The two required columns must end up somewhere.
 */
export function resolveColumns(headers: string[], chosen: Mapping): ResolvedColumns {
  const mapping: Mapping = {};
  const index: Partial<Record<CsvColumn, number>> = {};
  const problems: ImportProblem[] = [];
  for (const column of CSV_COLUMNS) {
    const wanted = chosen[column];
    // An empty choice is "Not in the file".
    if (wanted === '') continue;
    const at = wanted !== undefined ? headers.indexOf(wanted) : headers.findIndex((h) => normalise(h) === column);
    if (at < 0) {
      if (wanted !== undefined) {
        problems.push({ line: 1, column: wanted, reason: `there is no column “${wanted}” in the file to read ${column} from` });
      } else if (column === 'occurred_at' || column === 'what_happened') {
        problems.push({ line: 1, column: null, reason: `no column holds ${column}; choose which of the file's columns it is` });
      }
      continue;
    }
    mapping[column] = headers[at];
    index[column] = at;
  }
  if (chosen.occurred_at === '' || chosen.what_happened === '') {
    problems.push({ line: 1, column: null, reason: 'occurred_at and what_happened are needed for every incident; choose a column for each' });
  }
  return { mapping, index, problems, headers: headers.length };
}

/**
 * The file's columns nothing is read from, so the preview and the command line can say they are
 * not imported: a user's own "Table number" column would otherwise vanish without a word.
 */
export function ignoredColumns(headers: string[], columns: ResolvedColumns, records: CsvRecord[]): string[] {
  const used = new Set(Object.values(columns.index));
  const count = new Map<string, number>();
  for (const h of headers) count.set(h, (count.get(h) ?? 0) + 1);
  return headers.flatMap((header, at) => {
    if (used.has(at)) return [];
    if (header === '') {
      // A spreadsheet often writes empty columns past the last one used: nothing is lost there.
      return records.some((r) => (r.cells[at] ?? '').trim() !== '') ? [`column ${at + 1} (no header)`] : [];
    }
    return [(count.get(header) ?? 0) > 1 ? `${header} (column ${at + 1})` : header];
  });
}
