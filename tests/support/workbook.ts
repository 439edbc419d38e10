// Real .xlsx and .ods workbooks for tests and the bench: the parts Excel and LibreOffice need to
// open them (LibreOffice 7.4 opened these and showed the dates as the reader reads them), zipped
// with fflate, since the reader cannot write. Low-level cells (x, o) for the source tests' edge
// cases; writeXlsx / writeOds for a sheet of plain values.
import { writeFileSync } from 'node:fs';
import { type Zippable, zipSync } from 'fflate';

const enc = (text: string) => new TextEncoder().encode(text);
const esc = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** An xlsx cell as written: the XML inside <row>, given its reference. */
export type XlsxCell = (ref: string) => string;
export const x = {
  /** A shared string (its index in the table given to `xlsx`). */
  shared: (index: number): XlsxCell => (r) => `<c r="${r}" t="s"><v>${index}</v></c>`,
  inline: (text: string): XlsxCell => (r) => `<c r="${r}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`,
  /** Rich inline text with a phonetic run that must not be read. */
  rich: (a: string, b: string): XlsxCell => (r) =>
    `<c r="${r}" t="inlineStr"><is><r><rPr><b/></rPr><t>${esc(a)}</t></r><r><t xml:space="preserve">${esc(b)}</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>`,
  number: (n: number, style = 0): XlsxCell => (r) => `<c r="${r}"${style ? ` s="${style}"` : ''}><v>${n}</v></c>`,
  bool: (b: boolean): XlsxCell => (r) => `<c r="${r}" t="b"><v>${b ? 1 : 0}</v></c>`,
  formulaText: (text: string): XlsxCell => (r) => `<c r="${r}" t="str"><f>UPPER("x")</f><v>${esc(text)}</v></c>`,
  /** An empty cell that only carries a style, as Excel writes for formatted blanks. */
  blank: (): XlsxCell => (r) => `<c r="${r}" s="1"/>`,
};

/** Styles: 0 General, 1 built-in date (14), 2 custom "dd/mm/yyyy hh:mm", 3 built-in time (20), 4 custom "[$-409]d-mmm-yy;@", 5 "0.00". */
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="[$-409]d\\-mmm\\-yy;@"/><numFmt numFmtId="166" formatCode="&quot;Due &quot;0.00"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export const STYLE = { date: 1, datetime: 2, time: 3, customDate: 4, amount: 5 } as const;

const column = (i: number) => {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

export interface XlsxSheet {
  name: string;
  /** Rows by row number (gaps are rows Excel did not write), cells in column order (null = no cell). */
  rows: [number, (XlsxCell | null)[]][];
  hidden?: boolean;
}

/** A complete .xlsx: content types, package and workbook relationships, workbook, styles, shared strings, sheets. */
export function xlsx(sheets: XlsxSheet[], options: { strings?: string[]; date1904?: boolean; dimension?: boolean } = {}): Uint8Array {
  const strings = options.strings ?? [];
  const files: Zippable = {
    '[Content_Types].xml': enc(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': enc(`${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/_rels/workbook.xml.rels': enc(
      `${XML}<Relationships xmlns="${PKG}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': enc(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews><sheets>` +
        sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/styles.xml': enc(STYLES),
    'xl/sharedStrings.xml': enc(
      `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((sheet, i) => {
    const last = sheet.rows.at(-1)?.[0] ?? 1;
    const width = Math.max(1, ...sheet.rows.map(([, cells]) => cells.length));
    const rows = sheet.rows
      .map(([n, cells]) => `<row r="${n}">${cells.map((c, col) => (c ? c(`${column(col)}${n}`) : '')).join('')}</row>`)
      .join('');
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc(
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${options.dimension === false ? '' : `<dimension ref="A1:${column(width - 1)}${last}"/>`}<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
  });
  return zipSync(files);
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

/** An ods cell as written. */
export const o = {
  text: (t: string, repeat = 1) => `<table:table-cell office:value-type="string"${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ''}><text:p>${esc(t)}</text:p></table:table-cell>`,
  /** Two paragraphs, a run of spaces and a comment that is not the cell's text. */
  noted: (a: string, b: string) =>
    `<table:table-cell office:value-type="string"><office:annotation><dc:creator>Priya</dc:creator><text:p>not the value</text:p></office:annotation><text:p>${esc(a)}<text:s text:c="2"/>x</text:p><text:p><text:span>${esc(b)}</text:span></text:p></table:table-cell>`,
  float: (n: number) => `<table:table-cell office:value-type="float" office:value="${n}"><text:p>${String(n).replace('.', ',')}</text:p></table:table-cell>`,
  date: (iso: string) => `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>${iso}</text:p></table:table-cell>`,
  time: (duration: string) => `<table:table-cell office:value-type="time" office:time-value="${duration}"><text:p>${duration}</text:p></table:table-cell>`,
  bool: (b: boolean) => `<table:table-cell office:value-type="boolean" office:boolean-value="${b}"><text:p>${b ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`,
  empty: (repeat = 1) => (repeat > 1 ? `<table:table-cell table:number-columns-repeated="${repeat}"/>` : '<table:table-cell/>'),
};

export const odsRow = (cells: string[], repeat = 1) =>
  `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells.join('')}</table:table-row>`;

/** A complete .ods: mimetype first and stored, manifest, content, styles, meta. */
export function ods(tables: { name: string; rows: string[] }[], options: { doctype?: string } = {}): Uint8Array {
  const body = tables.map((t) => `<table:table table:name="${esc(t.name)}">${t.rows.join('')}</table:table>`).join('');
  const content = `${XML}${options.doctype ?? ''}<office:document-content ${ODS_NS} office:version="1.3"><office:automatic-styles/><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;
  const files: Zippable = {
    mimetype: [enc('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': enc(
      `${XML}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ),
    'content.xml': enc(content),
    'styles.xml': enc(`${XML}<office:document-styles ${ODS_NS} office:version="1.3"><office:styles/></office:document-styles>`),
    'meta.xml': enc(`${XML}<office:document-meta ${ODS_NS} office:version="1.3"><office:meta/></office:document-meta>`),
  };
  return zipSync(files);
}

type Value = string | number | Date | null;

/** A wall-clock time as Excel stores it: days since 1899-12-30, the fraction the time of day. */
const serial = (d: Date) => (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) - Date.UTC(1899, 11, 30)) / 86_400_000;
const midnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0;

/** An .xlsx of one sheet: text as inline strings, numbers as numbers, Dates as real date cells (date-time unless midnight). */
export function writeXlsx(path: string, rows: Value[][], sheet = 'Log'): void {
  const cell = (v: Value): XlsxCell | null =>
    v === null ? null : v instanceof Date ? x.number(serial(v), midnight(v) ? STYLE.date : STYLE.datetime) : typeof v === 'number' ? x.number(v) : x.inline(v);
  writeFileSync(path, xlsx([{ name: sheet, rows: rows.map((r, i) => [i + 1, r.map(cell)] as [number, (XlsxCell | null)[]]) }]));
}

/** The local wall-clock time as ODS writes a date-value (no zone). */
const odsDate = (d: Date) => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}${midnight(d) ? '' : `T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`}`;
};

/** An .ods of one table, as writeXlsx. */
export function writeOds(path: string, rows: Value[][], sheet = 'Log'): void {
  const cell = (v: Value) => (v === null ? o.empty() : v instanceof Date ? o.date(odsDate(v)) : typeof v === 'number' ? o.float(v) : o.text(v));
  writeFileSync(path, ods([{ name: sheet, rows: rows.map((r) => odsRow(r.map(cell))) }]));
}
