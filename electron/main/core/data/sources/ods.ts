// An .ods workbook (OpenDocument): every sheet is a table:table in content.xml, streamed once.
// Cells and rows may say they repeat (LibreOffice ends a sheet with an empty row repeated a
// million times, of an empty cell repeated 1,024 or 16,384 times): an empty repeat only moves the
// position, so such a sheet costs nothing; a repeated value is handed out once per row it fills.

import type { SaxesTagNS } from 'saxes';
import { fromIsoDate, fromIsoDuration } from './serial';
import { RowCells } from './sheetRow';
import type { Cell, SourceRow } from './types';
import { type XmlHandlers, attr, streamXml } from './xml';
import type { Zip } from './zip';

const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Rows a sheet can have (LibreOffice's and Excel's limit): a repeat past it is not followed. */
const MAX_ROWS = 1_048_576;

const is = (tag: SaxesTagNS, uri: string, local: string) => tag.local === local && tag.uri === uri;

const repeat = (tag: SaxesTagNS, local: string) => {
  const n = Number(attr(tag, TABLE, local) ?? 1);
  return Number.isInteger(n) && n > 0 ? n : 1;
};

/** A cell's value from its office:value-type, else its text. */
function valueOf(tag: SaxesTagNS, text: string | null): Cell {
  const type = attr(tag, OFFICE, 'value-type');
  switch (type) {
    case 'float':
    case 'percentage':
    case 'currency': {
      const n = Number(attr(tag, OFFICE, 'value'));
      return Number.isFinite(n) ? n : text;
    }
    case 'date':
      return fromIsoDate(attr(tag, OFFICE, 'date-value') ?? '') ?? text;
    case 'time':
      return fromIsoDuration(attr(tag, OFFICE, 'time-value') ?? '') ?? text;
    case 'boolean':
      return (attr(tag, OFFICE, 'boolean-value') ?? '') === 'true';
    case 'string':
      return attr(tag, OFFICE, 'string-value') ?? text;
    default:
      return text;
  }
}

export interface OdsProgress {
  bytes: number;
  size: number;
}

export interface OdsPass {
  /** The sheet whose rows are wanted (by position), or null to only list names. */
  want: number | null;
  /** Each sheet's name, in order, as the pass meets it. */
  onSheet?: (name: string) => void;
  progress: OdsProgress;
}

/** The wanted sheet's non-empty rows, each on its row number. */
export async function* odsRows(zip: Zip, pass: OdsPass): AsyncGenerator<SourceRow> {
  pass.progress.size = zip.size('content.xml');
  /** Rows read from the last chunk, a repeated one once with its count (handed out one by one, never all held). */
  const ready: { line: number; cells: Cell[]; count: number }[] = [];
  let sheet = -1;
  /** Nesting of table:table (a sheet is depth 1; a table inside a cell is not a sheet). */
  let tables = 0;
  let inWanted = false;
  let rowNumber = 0;
  let row: RowCells | null = null;
  let rowRepeat = 1;
  let cell: SaxesTagNS | null = null;
  let paragraphs: string[] | null = null;
  let inParagraph = 0;
  let inAnnotation = 0;

  const handlers: XmlHandlers = {
    open(tag) {
      if (is(tag, TABLE, 'table')) {
        tables += 1;
        if (tables > 1) return;
        sheet += 1;
        pass.onSheet?.(attr(tag, TABLE, 'name') ?? `Sheet${sheet + 1}`);
        inWanted = sheet === pass.want;
        rowNumber = 0;
        return;
      }
      if (!inWanted || tables !== 1) return;
      if (is(tag, OFFICE, 'annotation')) inAnnotation += 1;
      if (inAnnotation > 0) return;
      if (is(tag, TABLE, 'table-row')) {
        row = new RowCells(rowNumber + 1);
        rowRepeat = repeat(tag, 'number-rows-repeated');
      } else if (row && (is(tag, TABLE, 'table-cell') || is(tag, TABLE, 'covered-table-cell'))) {
        cell = tag;
        paragraphs = null;
      } else if (cell && is(tag, TEXT, 'p')) {
        (paragraphs ??= []).push('');
        inParagraph += 1;
      } else if (inParagraph > 0 && paragraphs) {
        const last = paragraphs.length - 1;
        if (is(tag, TEXT, 's')) paragraphs[last] += ' '.repeat(Math.min(1000, Number(attr(tag, TEXT, 'c') ?? 1) || 1));
        else if (is(tag, TEXT, 'tab')) paragraphs[last] += '\t';
        else if (is(tag, TEXT, 'line-break')) paragraphs[last] += '\n';
      }
    },
    close(tag) {
      if (is(tag, TABLE, 'table')) {
        tables -= 1;
        if (tables === 0) inWanted = false;
        return;
      }
      if (!inWanted || tables !== 1) return;
      if (is(tag, OFFICE, 'annotation')) {
        inAnnotation -= 1;
        return;
      }
      if (inAnnotation > 0) return;
      if (is(tag, TEXT, 'p')) inParagraph -= 1;
      else if (cell && row && (is(tag, TABLE, 'table-cell') || is(tag, TABLE, 'covered-table-cell'))) {
        row.put(row.next, valueOf(cell, paragraphs === null ? null : paragraphs.join('\n')), repeat(cell, 'number-columns-repeated'));
        cell = null;
      } else if (row && is(tag, TABLE, 'table-row')) {
        const repeats = Math.min(rowRepeat, MAX_ROWS - rowNumber);
        if (!row.empty && repeats > 0) ready.push({ line: rowNumber + 1, cells: row.cells, count: repeats });
        rowNumber += Math.max(0, repeats);
        row = null;
      }
    },
    text(text) {
      if (inWanted && inParagraph > 0 && inAnnotation === 0 && paragraphs) paragraphs[paragraphs.length - 1] += text;
    },
  };
  const xml = { bytes: 0 };
  for await (const _ of streamXml(await zip.stream('content.xml'), 'content.xml', handlers, xml)) {
    pass.progress.bytes = xml.bytes;
    for (const { line, cells, count } of ready.splice(0)) {
      for (let i = 0; i < count; i += 1) yield { line: line + i, cells: i === 0 ? cells : [...cells] };
    }
  }
}
