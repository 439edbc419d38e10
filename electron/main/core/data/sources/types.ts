// What an import reads a file into, whatever the file is (CSV in any encoding and delimiter, an
// .xlsx or .ods workbook): a header and rows of cells, streamed, each row with the place a person
// finds it at (a CSV's line, a sheet's row number). Interpreting a cell (a date, an amount) is the
// next layer's job (data/values.ts, data/dates.ts); a source only says what the file holds.
import { say } from '../../i18n/speak';

/** A workbook's date (or date-and-time) cell, as the sheet shows it: a wall-clock time, no zone. */
export interface CellDate {
  kind: 'date';
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** False for a date-only cell (its time is midnight). */
  hasTime: boolean;
}

/** A workbook's time-of-day cell (a time with no date), as the sheet shows it. */
export interface CellTime {
  kind: 'time';
  h: number;
  mi: number;
  s: number;
}

/**
 * One cell: text (every CSV cell; a workbook's text cell), a number (a workbook's number cell,
 * never a CSV's), a boolean (a workbook's TRUE/FALSE), a date or a time (a workbook's date-formatted
 * cell), or null (empty).
 */
export type Cell = string | number | boolean | CellDate | CellTime | null;

export interface SourceRow {
  /** Where a person finds the row: a CSV's 1-based line where the record starts (the header is line 1), a sheet's row number. */
  line: number;
  cells: Cell[];
}

export type SourceKind = 'csv' | 'xlsx' | 'ods';
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface SourceOptions {
  /**
   * A CSV's encoding, when the person chose one (a WHATWG label TextDecoder knows, such as
   * `windows-1252`, `iso-8859-15`, `shift_jis`). Without it: UTF-8 (a BOM allowed) or UTF-16 with
   * its BOM; anything else is refused, naming the line.
   */
  encoding?: string;
  /** A workbook's sheet by name; without it, the first. */
  sheet?: string;
}

export interface OpenedSource {
  kind: SourceKind;
  /** CSV: the encoding read (`utf-8`, `utf-16le`, `utf-16be`, or the one chosen) and the delimiter found. */
  encoding?: string;
  delimiter?: Delimiter;
  /** A workbook's sheets, in order, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** The header row's cells as text, trimmed ('' for an empty one). */
  headers: string[];
  /** Where the header row is (a person's line/row number). */
  headerLine: number;
  /**
   * The rows under the header, read from the file again on each call (an import reads it twice:
   * to check, then to write), never held whole. Rows whose every cell is empty are left out.
   * A file that cannot be read past some point throws a SourceError naming it.
   */
  rows(): AsyncIterable<SourceRow>;
  /** How far the current rows() has read, 0 to 1 (bytes of the file, or rows of the sheet), for a progress bar. */
  progress(): number;
}

/** The file cannot be read (at all, or from some point on): where and why, in a sentence. */
export class SourceError extends Error {
  constructor(
    readonly line: number,
    /** The header of the cell, when known. */
    readonly column: string | null,
    readonly reason: string,
    /** The header row, when it was read before the file stopped being readable (the preview still shows its columns). */
    readonly headers: string[] = [],
  ) {
    super(column === null ? say('importing.problem.line', { line: String(line), reason }) : say('importing.problem.lineColumn', { line: String(line), column, reason }));
  }
}

/** The file's bytes are not text in `encoding` (its WHATWG name): the command line then suggests --encoding. */
export class EncodingError extends SourceError {
  constructor(
    line: number,
    reason: string,
    readonly encoding: string,
  ) {
    super(line, null, reason);
  }
}
