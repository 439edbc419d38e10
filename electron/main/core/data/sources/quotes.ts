import type { CsvError } from 'csv-parse';
import { ellipsize } from '../../../../../shared/text';

/** Where a parse error is, told by whoever holds the text (the whole file, or a window of a stream). */
export interface QuoteContext {
  /** Byte offset (in the UTF-8 text the parser read) where the record the parser stopped in begins. */
  recordStart: number;
  /** The file's headers, or null when the parser stopped in the header row itself. */
  header: string[] | null;
  /** The 1-based line a byte offset is on. */
  lineAt(offset: number): number;
  /** The character that starts at a byte offset ('' past the end). */
  charAt(offset: number): string;
  /** The delimiter the file was read with, for the sentence ("not a comma…"). */
  delimiter?: string;
  /** The longest record the parser was told to accept, when it was told one. */
  maxRecordBytes?: number;
}

export interface QuoteProblem {
  line: number;
  column: string | null;
  reason: string;
}

const FIX = 'double each quote inside a quoted cell ("She said ""hi""")';

const DELIMITER_NAMES: Record<string, string> = { ',': 'a comma', ';': 'a semicolon', '\t': 'a tab', '|': 'a bar (|)' };

/**
 * A csv-parse error → the line and column a person looks at, and what to change there. The
 * parser's own `lines` counts a CRLF inside a quoted cell twice, so lines come from byte offsets:
 * `bytes` is where the cell's field began (the delimiter before it), `raw` the record's text up to
 * and including the character the parser refused.
 */
export function quoteProblem(error: CsvError, at: QuoteContext): QuoteProblem {
  const index = typeof error.column === 'number' ? error.column : 0;
  const fieldAt = typeof error.bytes === 'number' ? error.bytes : at.recordStart;
  // A cell after the first starts past its delimiter; the first, where the record does.
  const cellStart = index > 0 ? fieldAt + 1 : at.recordStart;
  // Blank lines the parser skipped before the record are in `raw` too (less their CRLF's \n).
  const rawRecord = typeof error.raw === 'string' ? error.raw.replace(/^[\r\n]+/, '') : '';
  const refusedAt = at.recordStart + Buffer.byteLength(rawRecord) - 1;
  const line = at.lineAt(cellStart);
  const name = at.header?.[index] || null;
  const delimiter = DELIMITER_NAMES[at.delimiter ?? ','] ?? 'a comma';
  const where = (reason: string): QuoteProblem => ({
    line,
    column: name,
    reason: at.header === null ? `in the header row's cell ${index + 1}, ${reason}` : name === null ? `in cell ${index + 1}, ${reason}` : reason,
  });
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE': {
      const before = typeof error.field === 'string' ? ellipsize(error.field, 40) : '';
      return where(`a quote (") in the middle of a cell, after “${before}”; put the whole cell in quotes and ${FIX}`);
    }
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const after = at.charAt(refusedAt + 1) || ' ';
      const closedOn = at.lineAt(refusedAt);
      const spans = closedOn > line ? `, on line ${closedOn},` : '';
      const swallowed = closedOn > line ? ` (lines ${line} to ${closedOn} would be read as one cell)` : '';
      return where(
        `the quote (") that closes this cell${spans} is followed by “${after}”, not ${delimiter} or the end of the line${swallowed}; close the quote where the cell ends, and ${FIX}`,
      );
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return where(`a quote (") opens this cell and is never closed, so the rest of the file would be read as one cell; close it where the cell ends, and ${FIX}`);
    case 'CSV_MAX_RECORD_SIZE': {
      const limit = `${Math.round((at.maxRecordBytes ?? 0) / 1024 / 1024)} MB`;
      // Inside quotes, a record this long is nearly always a quote that was never closed.
      if (error.quoting)
        return where(`a quote (") opens this cell and is not closed within ${limit}, so the rows below would be read as one cell; close it where the cell ends, and ${FIX}`);
      return { line: at.lineAt(at.recordStart), column: null, reason: `this row is longer than ${limit}, far more than a row of a log holds; check that the file is the export you meant` };
    }
    default:
      return where(`the file cannot be read from here (${error.message.replace(/ at line \d+.*$/s, '')})`);
  }
}
