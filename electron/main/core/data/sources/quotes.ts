import type { CsvError } from 'csv-parse';
import { ellipsize } from '../../../../../shared/text';
import { say } from '../../i18n/speak';

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

/** The delimiter, as the sentence names it (a select in the message). */
const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

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
  const delimiter = DELIMITER_NAMES[at.delimiter ?? ','] ?? 'comma';
  const cell = String(index + 1);
  const where = (reason: string): QuoteProblem => ({
    line,
    column: name,
    reason: at.header === null ? say('importing.quote.inHeaderCell', { cell, reason }) : name === null ? say('importing.quote.inCell', { cell, reason }) : reason,
  });
  switch (error.code) {
    case 'INVALID_OPENING_QUOTE': {
      const before = typeof error.field === 'string' ? ellipsize(error.field, 40) : '';
      return where(say('importing.quote.opening', { before }));
    }
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const after = at.charAt(refusedAt + 1) || ' ';
      const closedOn = at.lineAt(refusedAt);
      return where(
        closedOn > line
          ? say('importing.quote.closingLater', { after, delimiter, line: String(line), closedOn: String(closedOn) })
          : say('importing.quote.closing', { after, delimiter }),
      );
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return where(say('importing.quote.notClosed'));
    case 'CSV_MAX_RECORD_SIZE': {
      const mb = Math.round((at.maxRecordBytes ?? 0) / 1024 / 1024);
      // Inside quotes, a record this long is nearly always a quote that was never closed.
      if (error.quoting) return where(say('importing.quote.notClosedWithin', { mb }));
      return { line: at.lineAt(at.recordStart), column: null, reason: say('importing.quote.rowTooLong', { mb }) };
    }
    default:
      return where(say('importing.quote.unreadable', { why: error.message.replace(/ at line \d+.*$/s, '') }));
  }
}
