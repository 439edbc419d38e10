// An .xlsx workbook (Office Open XML): the workbook part names the sheets and the date system,
// styles say which cells are dates, shared strings hold the text, and a sheet's XML is streamed
// row by row. Parts are found through the relationships, as Excel does, since other writers name
// them differently; element names are matched by namespace, since some writers prefix them (x:row).

import type { SaxesTagNS } from 'saxes';
import { type DateFormat, builtInFormat, formatOf, fromIsoDate, fromSerial } from './serial';
import { say } from '../../i18n/speak';
import { columnOf, RowCells } from './sheetRow';
import { type Cell, SourceError, type SourceRow } from './types';
import { type XmlHandlers, attr, streamXml } from './xml';
import { damaged, type Zip } from './zip';

const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'] as const;
const REL = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'] as const;
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const isMain = (tag: SaxesTagNS, local: string) => tag.local === local && (MAIN as readonly string[]).includes(tag.uri);

/** Runs a whole part through handlers. */
async function readPart(zip: Zip, name: string, handlers: XmlHandlers): Promise<void> {
  for await (const _ of streamXml(await zip.stream(name), name, handlers)) {
    // The handlers gather what is needed.
  }
}

/** "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml" ("/xl/…" is from the root). */
function resolve(from: string, target: string): string {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

interface Relationship {
  type: string;
  target: string;
}

/** A part's relationships, by id, with targets resolved to names in the zip. */
async function relationships(zip: Zip, part: string): Promise<Map<string, Relationship>> {
  const folder = part.split('/').slice(0, -1).join('/');
  const name = `${folder ? `${folder}/` : ''}_rels/${part.split('/').pop()}.rels`;
  const found = new Map<string, Relationship>();
  if (!zip.has(name)) return found;
  await readPart(zip, name, {
    open(tag) {
      if (tag.local !== 'Relationship' || tag.uri !== PACKAGE_REL) return;
      const id = attr(tag, '', 'Id');
      const target = attr(tag, '', 'Target');
      if (id && target && attr(tag, '', 'TargetMode') !== 'External') found.set(id, { type: attr(tag, '', 'Type') ?? '', target: resolve(part, target) });
    },
    close() {},
    text() {},
  });
  return found;
}

export interface XlsxSheet {
  name: string;
  part: string;
}

export interface Xlsx {
  sheets: XlsxSheet[];
  /** The first sheet a person sees (hidden ones are skipped). */
  first: XlsxSheet;
  date1904: boolean;
  stringsPart: string | null;
  stylesPart: string | null;
}

export async function openXlsx(zip: Zip): Promise<Xlsx> {
  const workbookPart = [...(await relationships(zip, ''))].map(([, r]) => r).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const rels = await relationships(zip, workbookPart);
  const listed: (XlsxSheet & { hidden: boolean })[] = [];
  let date1904 = false;
  await readPart(zip, workbookPart, {
    open(tag) {
      if (isMain(tag, 'workbookPr')) date1904 = ['1', 'true'].includes(attr(tag, '', 'date1904') ?? '');
      if (!isMain(tag, 'sheet')) return;
      const rel = rels.get(attr(tag, REL, 'id') ?? '');
      // A chart sheet has no cells; only worksheets are sheets to import from.
      if (rel && rel.type.endsWith('/worksheet') && zip.has(rel.target))
        listed.push({ name: attr(tag, '', 'name') ?? '', part: rel.target, hidden: (attr(tag, '', 'state') ?? 'visible') !== 'visible' });
    },
    close() {},
    text() {},
  });
  const first = listed.find((s) => !s.hidden) ?? listed[0];
  if (!first) throw damaged(say('importing.zip.noWorksheet'));
  const part = (type: string) => [...rels.values()].find((r) => r.type.endsWith(type) && zip.has(r.target))?.target ?? null;
  return { sheets: listed.map(({ name, part }) => ({ name, part })), first, date1904, stringsPart: part('/sharedStrings'), stylesPart: part('/styles') };
}

/** Per cell style (the `s` index), the date format it shows, or null for a number. */
async function dateStyles(zip: Zip, part: string | null): Promise<(DateFormat | null)[]> {
  if (part === null) return [];
  const custom = new Map<number, DateFormat | null>();
  const styles: (DateFormat | null)[] = [];
  let inCellXfs = false;
  await readPart(zip, part, {
    open(tag) {
      if (isMain(tag, 'numFmt')) custom.set(Number(attr(tag, '', 'numFmtId')), formatOf(attr(tag, '', 'formatCode') ?? ''));
      else if (isMain(tag, 'cellXfs')) inCellXfs = true;
      else if (inCellXfs && isMain(tag, 'xf')) {
        const id = Number(attr(tag, '', 'numFmtId') ?? 0);
        styles.push(custom.has(id) ? (custom.get(id) ?? null) : builtInFormat(id));
      }
    },
    close(tag) {
      if (isMain(tag, 'cellXfs')) inCellXfs = false;
    },
    text() {},
  });
  return styles;
}

/** Text of `t` elements inside `parent` (a shared string's `si`, an inline string's `is`), leaving out phonetic runs (`rPh`). */
class RichText {
  text = '';
  private inT = false;
  private inPhonetic = 0;

  open(tag: SaxesTagNS): void {
    if (isMain(tag, 'rPh')) this.inPhonetic += 1;
    else if (isMain(tag, 't') && this.inPhonetic === 0) this.inT = true;
  }

  close(tag: SaxesTagNS): void {
    if (isMain(tag, 'rPh')) this.inPhonetic -= 1;
    else if (isMain(tag, 't')) this.inT = false;
  }

  add(text: string): void {
    if (this.inT) this.text += text;
  }
}

async function sharedStrings(zip: Zip, part: string | null): Promise<string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let item: RichText | null = null;
  await readPart(zip, part, {
    open(tag) {
      if (isMain(tag, 'si')) item = new RichText();
      else item?.open(tag);
    },
    close(tag) {
      if (isMain(tag, 'si') && item) {
        strings.push(item.text);
        item = null;
      } else item?.close(tag);
    },
    text(text) {
      item?.add(text);
    },
  });
  return strings;
}

export interface SheetProgress {
  /** Rows the sheet's <dimension> says it spans, when it says. */
  rows: number | null;
  rowsRead: number;
  bytes: number;
  size: number;
}

/** The sheet's non-empty rows, in order, each on its row number. */
export async function* xlsxRows(zip: Zip, book: Xlsx, sheet: XlsxSheet, progress: SheetProgress): AsyncGenerator<SourceRow> {
  const [styles, strings] = await Promise.all([dateStyles(zip, book.stylesPart), sharedStrings(zip, book.stringsPart)]);
  progress.size = zip.size(sheet.part);
  const ready: SourceRow[] = [];
  let row: RowCells | null = null;
  let nextRow = 1;
  let cell: { column: number; type: string; style: number; value: string; rich: RichText | null; ref: string } | null = null;
  let inValue = false;
  let inInline = false;

  const valueOf = (c: NonNullable<typeof cell>, line: number): Cell => {
    const bad = () => new SourceError(line, null, say('importing.file.badCell', { cell: c.ref || String(c.column + 1), value: c.value.slice(0, 20), type: c.type || 'number' }));
    switch (c.type) {
      case 's': {
        const text = strings[Number(c.value)];
        if (text === undefined) throw bad();
        return text === '' ? null : text;
      }
      case 'inlineStr':
        return c.rich?.text || null;
      case 'str':
      case 'e':
        return c.value === '' ? null : c.value;
      case 'b':
        return c.value === '' ? null : c.value.trim() === '1' || c.value.trim() === 'true';
      case 'd':
        return c.value.trim() === '' ? null : (fromIsoDate(c.value) ?? c.value);
      default: {
        if (c.value.trim() === '') return null;
        const number = Number(c.value);
        if (!Number.isFinite(number)) throw bad();
        const format = styles[c.style] ?? null;
        return format === null ? number : fromSerial(number, format, book.date1904);
      }
    }
  };

  const handlers: XmlHandlers = {
    open(tag) {
      if (inInline) return cell?.rich?.open(tag);
      if (isMain(tag, 'row')) {
        const r = Number(attr(tag, '', 'r') ?? nextRow);
        row = new RowCells(Number.isInteger(r) && r > 0 ? r : nextRow);
      } else if (row && isMain(tag, 'c')) {
        const ref = attr(tag, '', 'r') ?? '';
        const named = columnOf(ref);
        cell = { column: named >= 0 ? named : row.next, type: attr(tag, '', 't') ?? 'n', style: Number(attr(tag, '', 's') ?? 0), value: '', rich: null, ref };
      } else if (cell && isMain(tag, 'v')) inValue = true;
      else if (cell && isMain(tag, 'is')) {
        cell.rich = new RichText();
        inInline = true;
      }
      else if (isMain(tag, 'dimension')) {
        const last = /(\d+)$/.exec(attr(tag, '', 'ref') ?? '');
        progress.rows = last ? Number(last[1]) : null;
      }
    },
    close(tag) {
      if (inInline) {
        if (isMain(tag, 'is')) inInline = false;
        else cell?.rich?.close(tag);
        return;
      }
      if (isMain(tag, 'v')) inValue = false;
      else if (isMain(tag, 'c') && cell && row) {
        row.put(cell.column, valueOf(cell, row.line));
        cell = null;
      } else if (isMain(tag, 'row') && row) {
        progress.rowsRead = row.line;
        nextRow = row.line + 1;
        if (!row.empty) ready.push({ line: row.line, cells: row.cells });
        row = null;
      }
    },
    text(text) {
      if (inInline) cell?.rich?.add(text);
      else if (inValue && cell) cell.value += text;
    },
  };
  const xml = { bytes: 0 };
  for await (const _ of streamXml(await zip.stream(sheet.part), sheet.part, handlers, xml)) {
    progress.bytes = xml.bytes;
    yield* ready.splice(0);
  }
}
