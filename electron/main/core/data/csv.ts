import { CsvError, parse } from 'csv-parse/sync';
import { say } from '../i18n/speak';
import { quoteProblem } from './sources/quotes';

export interface CsvRecord {
  /** 1-based line where the record starts in the file (the header is line 1). */
  line: number;
  cells: string[];
}

/** The whole file cannot be read: where and why, named like a row's problem. */
export interface CsvRefusal {
  /** The header row when it could be read (the parser stopped later), so its columns can still be shown. */
  headers: string[];
  line: number;
  /** The file's header for the cell, when the header row was read and has one. */
  column: string | null;
  reason: string;
}

export type CsvRead = { headers: string[]; records: CsvRecord[] } | CsvRefusal;

/** Byte offsets where each line starts, to turn the parser's byte positions into line numbers. */
function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Where the next record starts: past the end of the last one and any line breaks after it. */
function nextStart(bytes: Buffer, from: number): number {
  let at = from;
  while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) at += 1;
  return at;
}

/**
 * Reads CSV text into a header and records, each with the line it starts on. Line numbers come
 * from the parser's byte positions, so quoted cells that span lines are counted right.
 *
 * Quotes are strict (RFC 4180): a quote inside an unquoted cell, text after a closing quote, or a
 * quote never closed stops the whole file. Read leniently (`relax_quotes`), one stray quote makes
 * the parser swallow the rows after it into one cell and drop a row, without a word.
 */
export function readCsv(text: string): CsvRead {
  const bytes = Buffer.from(text, 'utf8');
  const starts = lineStarts(bytes);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let endOfLast = bom;
  const records: CsvRecord[] = [];
  try {
    parse(bytes, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      // The record's text so far rides on a parse error: it says exactly where the bad quote is (quoteProblem).
      raw: true,
      // Collected here rather than from the result, so a parse error still knows where the last record ended.
      // With `raw`, csv-parse hands over { record, raw } (its types still say the cells alone).
      on_record: (read: string[] | { record: string[] }, context: { bytes: number }) => {
        records.push({ line: lineAt(starts, nextStart(bytes, endOfLast)), cells: Array.isArray(read) ? read : read.record });
        endOfLast = context.bytes;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const header = records[0]?.cells.map((h) => h.trim()) ?? null;
    return quoteRefusal(error, { bytes, starts, recordStart: nextStart(bytes, endOfLast), header });
  }
  const [header, ...rest] = records;
  if (!header) return { headers: [], line: 1, column: null, reason: say('importing.source.empty') };
  // A row of empty cells is a blank line in a spreadsheet's export, not an incident.
  return { headers: header.cells.map((h) => h.trim()), records: rest.filter((r) => r.cells.some((c) => c.trim() !== '')) };
}

/** A csv-parse error → the refusal, with the header row when it was read (the sentences live in sources/quotes.ts). */
function quoteRefusal(error: CsvError, at: { bytes: Buffer; starts: number[]; recordStart: number; header: string[] | null }): CsvRefusal {
  const problem = quoteProblem(error, {
    recordStart: at.recordStart,
    header: at.header,
    lineAt: (offset) => lineAt(at.starts, offset),
    charAt: (offset) => String.fromCodePoint(at.bytes.subarray(offset, offset + 4).toString('utf8').codePointAt(0) ?? 0x20),
  });
  return { headers: at.header ?? [], ...problem };
}

const NEEDS_QUOTES = /[",\n\r]/;
const cell = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Rows to CSV text (RFC 4180): a cell is quoted only when it holds a quote, a comma or a line
 * break (a lone `\r` too, since the reader takes it as one), `\n` after every record. Written here
 * rather than with csv-stringify, which took 0.8 s of a 100,000-incident export for these few lines;
 * reading, the hard part, stays with csv-parse.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '';
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) lines[i] = (rows[i] as readonly string[]).map(cell).join(',');
  return `${lines.join('\n')}\n`;
}
