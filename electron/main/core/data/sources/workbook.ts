// An .xlsx or .ods file as a source. Both are a zip of XML, so one small reader serves both:
//
// Library choice — yauzl (unzip) + saxes (XML), not SheetJS or exceljs. The npm `xlsx` (SheetJS
// 0.18.5) is stale there with known CVEs (prototype pollution, ReDoS); exceljs reads .xlsx only,
// pulls in ~10 packages (jszip, unzipper, archiver…) and builds the whole sheet in memory unless
// driven through its streaming reader. yauzl (MIT, one tiny dependency, maintained, 3.x in 2026)
// reads the central directory and inflates one file at a time as a stream from disk, and holds
// every file to its declared size (our zip-bomb limits rest on that); saxes (ISC, already in the
// tree under jsdom) is a strict, streaming XML parser that does not process DTDs. Rows stream
// through with constant memory; a DOCTYPE is refused, sizes and columns are capped, and nothing
// from a file becomes an object key (Maps and arrays only), so there is no prototype to pollute.

import { say } from '../../i18n/speak';
import { MAX_COLUMNS } from './limits';
import { ODS_MIMETYPE, type OdsProgress, odsRows } from './ods';
import { type Cell, type OpenedSource, type SourceOptions, SourceError, type SourceRow } from './types';
import { type SheetProgress, type Xlsx, openXlsx, xlsxRows } from './xlsx';
import { openZip, type Zip } from './zip';

/** What a workbook kind gives the common part: its sheets, and a pass over one sheet's rows. */
interface Book {
  kind: 'xlsx' | 'ods';
  sheets: string[];
  defaultSheet: string;
  /** A pass over the named sheet's non-empty rows, with its progress (0 to 1). */
  pass(zip: Zip, sheet: string): { rows: AsyncGenerator<SourceRow>; progress: () => number };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A header cell as text: what the person typed, or the value as an ISO string. */
function headerText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell).toUpperCase();
  if (cell.kind === 'time') return `${pad(cell.h)}:${pad(cell.mi)}:${pad(cell.s)}`;
  const date = `${pad(cell.y, 4)}-${pad(cell.mo)}-${pad(cell.d)}`;
  return cell.hasTime ? `${date}T${pad(cell.h)}:${pad(cell.mi)}:${pad(cell.s)}` : date;
}

async function xlsxBook(zip: Zip): Promise<Book> {
  const book: Xlsx = await openXlsx(zip);
  return {
    kind: 'xlsx',
    sheets: book.sheets.map((s) => s.name),
    defaultSheet: book.first.name,
    pass(zip, name) {
      const sheet = book.sheets.find((s) => s.name === name) ?? book.first;
      const progress: SheetProgress = { rows: null, rowsRead: 0, bytes: 0, size: 0 };
      return {
        rows: xlsxRows(zip, book, sheet, progress),
        progress: () => (progress.rows ? progress.rowsRead / progress.rows : progress.size ? progress.bytes / progress.size : 0),
      };
    },
  };
}

async function odsBook(zip: Zip): Promise<Book> {
  const manifest = (await zip.read('META-INF/manifest.xml', 1024 * 1024))?.toString('utf8') ?? '';
  if (manifest.includes('encryption-data'))
    throw new SourceError(1, null, say('importing.file.encrypted'));
  // The sheet names are only in content.xml, among the cells: one pass that reads no cells lists them.
  const sheets: string[] = [];
  for await (const _ of odsRows(zip, { want: null, onSheet: (name) => sheets.push(name), progress: { bytes: 0, size: 0 } })) {
    // No sheet is wanted, so no rows come.
  }
  const first = sheets[0];
  if (first === undefined) throw new SourceError(1, null, say('importing.file.noSheets'));
  return {
    kind: 'ods',
    sheets,
    defaultSheet: first,
    pass(zip, name) {
      const progress: OdsProgress = { bytes: 0, size: 0 };
      return { rows: odsRows(zip, { want: Math.max(0, sheets.indexOf(name)), progress }), progress: () => (progress.size ? progress.bytes / progress.size : 0) };
    },
  };
}

/** The kind of workbook in the zip, or a sentence for a zip that is none. */
async function bookOf(zip: Zip): Promise<Book> {
  if (zip.has('xl/workbook.xml')) return xlsxBook(zip);
  if (zip.has('xl/workbook.bin')) throw new SourceError(1, null, say('importing.file.xlsb'));
  const mimetype = (await zip.read('mimetype', 200))?.toString('utf8').trim() ?? null;
  if (mimetype === ODS_MIMETYPE) return odsBook(zip);
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) throw new SourceError(1, null, say('importing.file.otherOpenDocument'));
  if (zip.has('word/document.xml') || zip.has('ppt/presentation.xml')) throw new SourceError(1, null, say('importing.file.wordOrPowerPoint'));
  throw new SourceError(1, null, say('importing.file.zip'));
}

export async function openWorkbook(path: string, options: SourceOptions): Promise<OpenedSource> {
  const zip = await openZip(path);
  let book: Book;
  let header: SourceRow | null = null;
  let sheet: string;
  try {
    book = await bookOf(zip);
    sheet = options.sheet ?? book.defaultSheet;
    if (!book.sheets.includes(sheet)) {
      const names = book.sheets.map((s) => say('importing.quoted', { text: s })).join(', ');
      throw new SourceError(1, null, say('importing.file.noSuchSheet', { sheet, names }));
    }
    for await (const row of book.pass(zip, sheet).rows) {
      header = row;
      break;
    }
  } finally {
    zip.close();
  }
  if (header === null) throw new SourceError(1, null, say('importing.file.emptySheet', { sheet }));
  const headerLine = header.line;
  let progress = () => 0;
  return {
    kind: book.kind,
    sheets: book.sheets,
    sheet,
    headers: header.cells.slice(0, MAX_COLUMNS).map(headerText),
    headerLine,
    async *rows() {
      const zip = await openZip(path);
      try {
        const pass = book.pass(zip, sheet);
        progress = pass.progress;
        for await (const row of pass.rows) if (row.line > headerLine) yield row;
        progress = () => 1;
      } finally {
        zip.close();
      }
    },
    progress: () => Math.min(1, progress()),
  };
}
