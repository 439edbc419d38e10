// A CSV (or tab-, semicolon-, bar-separated) file as a source: streamed from disk through a strict
// decoder and csv-parse's streaming parser, one record at a time, each placed on the line it
// starts on. Quotes are strict (RFC 4180): read leniently, one stray quote makes the parser
// swallow the rows after it into one cell without a word.

import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { say } from '../../i18n/speak';
import { detectDelimiter } from './delimiter';
import { LineMap } from './lines';
import { MAX_COLUMNS, MAX_RECORD_BYTES, tooManyColumns } from './limits';
import { quoteProblem } from './quotes';
import { chooseEncoding, Decoding, type Encoding, peekText } from './text';
import { type Delimiter, type OpenedSource, type SourceOptions, SourceError, type SourceRow } from './types';

/** Bytes read to guess the delimiter (and the encoding's BOM). */
const PEEK_BYTES = 64 * 1024;

interface Pass {
  decoding: Decoding;
  size: number;
}

const isEmpty = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Every non-empty record of the file, in order. `onStart` is handed the pass so progress can be
 * read while it runs.
 */
async function* records(path: string, size: number, encoding: Encoding, delimiter: Delimiter, onStart: (pass: Pass) => void): AsyncGenerator<SourceRow> {
  const lines = new LineMap();
  const decoding = new Decoding(encoding, lines);
  onStart({ decoding, size });
  let endOfLast = 0;
  let header: string[] | null = null;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_BYTES,
    // The record's text so far rides on a parse error: it says exactly where the bad quote is.
    raw: true,
    // Placed while the parser still knows where the record ended; with `raw`, csv-parse hands over
    // { record, raw } (its types still say the cells alone).
    on_record: (read: string[] | { record: string[] }, context: { bytes: number }) => {
      const cells = Array.isArray(read) ? read : read.record;
      const start = lines.recordStart(endOfLast);
      const row: SourceRow = { line: lines.lineAt(start), cells };
      endOfLast = context.bytes;
      // Blank lines after it stay held: the next record's start (and a parse error's) is found past them.
      lines.release(endOfLast);
      if (header === null && !isEmpty(cells)) header = cells.map((c) => c.trim());
      return row as unknown as string[];
    },
  });
  const out = pipeline(createReadStream(path, { highWaterMark: 64 * 1024 }), decoding, parser, () => {
    // Errors reach the loop below through the parser; this callback only keeps pipeline from throwing them unhandled.
  });
  try {
    for await (const row of out as AsyncIterable<SourceRow>) {
      const cells = row.cells as string[];
      if (isEmpty(cells)) continue;
      if (cells.length > MAX_COLUMNS) {
        let last = cells.length - 1;
        while (last >= MAX_COLUMNS && (cells[last] ?? '').trim() === '') last -= 1;
        if (last >= MAX_COLUMNS) throw new SourceError(row.line, null, tooManyColumns(last + 1));
        cells.length = MAX_COLUMNS;
      }
      yield row;
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const problem = quoteProblem(error, {
      recordStart: lines.recordStart(endOfLast),
      header,
      lineAt: (offset) => lines.lineAt(offset),
      charAt: (offset) => lines.charAt(offset),
      delimiter,
      maxRecordBytes: MAX_RECORD_BYTES,
    });
    throw new SourceError(problem.line, problem.column, problem.reason, header ?? []);
  } finally {
    // Leaving early (the header found, the caller stopped): close the file.
    parser.destroy();
  }
}

export async function openDelimited(path: string, options: SourceOptions): Promise<OpenedSource> {
  const { size } = await stat(path);
  const head = Buffer.alloc(Math.min(PEEK_BYTES, size));
  const file = await open(path, 'r');
  try {
    await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  const encoding = chooseEncoding(head, options.encoding);
  const delimiter = detectDelimiter(peekText(head, encoding), head.length === size);

  let current: Pass | null = null;
  const track = (pass: Pass) => {
    current = pass;
  };
  let header: SourceRow | null = null;
  for await (const row of records(path, size, encoding, delimiter, track)) {
    header = row;
    break;
  }
  if (header === null) throw new SourceError(1, null, say('importing.source.empty'));
  const headerLine = header.line;

  return {
    kind: 'csv',
    encoding: encoding.name,
    delimiter,
    headers: (header.cells as string[]).map((c) => c.trim()),
    headerLine,
    async *rows() {
      let pastHeader = false;
      for await (const row of records(path, size, encoding, delimiter, track)) {
        if (pastHeader) yield row;
        pastHeader = true;
      }
    },
    progress() {
      const pass = current as Pass | null;
      if (pass === null || pass.size === 0) return 1;
      return Math.min(1, pass.decoding.bytesRead / pass.size);
    },
  };
}
