// .xlsx and .ods workbooks, written here as Excel and LibreOffice write them, read through
// openSource: typed cells (dates in both date systems, times, numbers, booleans, text of every
// kind), the sheet chosen by name, row numbers as the sheet shows them.
import { describe, expect, it } from 'vitest';
import { type CellDate, openSource } from '../../../electron/main/core/data/sources';
import { allRows, o, ods, odsRow, read, refusal, STYLE, tempFiles, x, xlsx } from './fixtures';

const write = tempFiles();


const date = (y: number, mo: number, d: number, time?: [number, number, number]): CellDate => ({
  kind: 'date',
  y,
  mo,
  d,
  h: time?.[0] ?? 0,
  mi: time?.[1] ?? 0,
  s: time?.[2] ?? 0,
  hasTime: time !== undefined,
});

describe('xlsx sources', () => {
  const strings = ['When', 'Amount', 'Note', 'Paid', 'At', 'Kaffee kalt'];
  // 46082 = 2026-03-01 in the 1900 system; .5625 = 13:30.
  const book = (date1904 = false) =>
    xlsx(
      [
        { name: 'Hidden', hidden: true, rows: [[1, [x.inline('not this one')]]] },
        {
          name: 'Log',
          rows: [
            [2, [x.shared(0), x.shared(1), x.shared(2), x.shared(3), x.shared(4), x.inline('Custom')]],
            [3, [x.number(46082, STYLE.date), x.number(12.5, STYLE.amount), x.shared(5), x.bool(true), x.number(46082.5625, STYLE.datetime), x.number(46082, STYLE.customDate)]],
            [4, [x.blank(), x.blank(), x.blank()]],
            [6, [x.number(0.75, STYLE.time), x.number(-3), x.rich('Bold', ' and plain'), x.bool(false), null, x.formulaText('X')]],
          ],
        },
        { name: 'Zwei', rows: [[1, [x.inline('id')]], [2, [x.number(7)]]] },
      ],
      { strings, date1904 },
    );

  it('reads the first visible sheet: dates (built-in and custom formats), times, numbers, booleans, shared, inline and rich text', async () => {
    const { source, rows } = await read(write('log.xlsx', book()));
    expect(source).toMatchObject({ kind: 'xlsx', sheets: ['Hidden', 'Log', 'Zwei'], sheet: 'Log', headerLine: 2 });
    expect(source.headers).toEqual(['When', 'Amount', 'Note', 'Paid', 'At', 'Custom']);
    expect(rows).toEqual([
      { line: 3, cells: [date(2026, 3, 1), 12.5, 'Kaffee kalt', true, date(2026, 3, 1, [13, 30, 0]), date(2026, 3, 1)] },
      // Row 4 holds only formatted blanks, row 5 is not written: neither is a row.
      { line: 6, cells: [{ kind: 'time', h: 18, mi: 0, s: 0 }, -3, 'Bold and plain', false, null, 'X'] },
    ]);
    expect(source.progress()).toBe(1);
  });

  it('reads the 1904 date system (a Mac Excel workbook): the same serial is four years and a day later', async () => {
    const { rows } = await read(write('mac.xlsx', book(true)));
    expect(rows[0]?.cells[0]).toEqual(date(2030, 3, 2));
    expect(rows[0]?.cells[4]).toEqual(date(2030, 3, 2, [13, 30, 0]));
  });

  it('reads a sheet chosen by name, and names the sheets when the name is not one of them', async () => {
    const path = write('log.xlsx', book());
    const { source, rows } = await read(path, { sheet: 'Zwei' });
    expect(source).toMatchObject({ sheet: 'Zwei', headers: ['id'], headerLine: 1 });
    expect(rows).toEqual([{ line: 2, cells: [7] }]);
    const error = await refusal(openSource(path, { sheet: 'Drei' }));
    expect(error.reason).toBe('the workbook has no sheet named “Drei”; its sheets are “Hidden”, “Log”, “Zwei”');
  });

  it('reports progress by the rows the <dimension> declares, and by bytes without one', async () => {
    const rows: [number, ReturnType<typeof x.number>[]][] = [[1, [x.inline('n')]]];
    for (let r = 2; r <= 3000; r += 1) rows.push([r, [x.number(r)]]);
    for (const dimension of [true, false]) {
      const source = await openSource(write('big.xlsx', xlsx([{ name: 'S', rows }], { dimension })));
      const seen: number[] = [];
      let count = 0;
      for await (const _ of source.rows()) if (++count % 500 === 0) seen.push(source.progress());
      expect(count).toBe(2999);
      expect(seen.every((p, i) => p > 0 && p <= 1 && (i === 0 || p >= (seen[i - 1] ?? 0)))).toBe(true);
      expect(source.progress()).toBe(1);
    }
  });

  it('refuses a value past 2,000 columns with its row, but not a formatted blank there', async () => {
    const far = (cell: string) =>
      xlsx([{ name: 'S', rows: [[1, [x.inline('a')]], [2, [x.inline('b')]]] }]).length > 0 &&
      write('far.xlsx', xlsx([{ name: 'S', rows: [[1, [x.inline('a')]], [2, [x.number(1), ...Array(2500).fill(null), (r: string) => cell.replace('REF', r)]]] }]));
    const blank = far('<c r="REF" s="1"/>') as string;
    expect((await read(blank)).rows).toEqual([{ line: 2, cells: [1] }]);
    const value = far('<c r="REF"><v>5</v></c>') as string;
    const error = await refusal(read(value));
    expect(error.line).toBe(2);
    expect(error.reason).toBe('this row has a value in column 2,502; a file to import can have at most 2,000 columns');
  });
});

describe('ods sources', () => {
  const sheet = {
    name: 'Vorfälle',
    rows: [
      odsRow([o.empty(3)], 2),
      odsRow([o.text('Datum'), o.text('Zeit'), o.text('Betrag'), o.text('Bezahlt'), o.text('Notiz'), o.empty(16379)]),
      odsRow([o.date('2026-03-01'), o.time('PT13H45M00S'), o.float(12.5), o.bool(true), o.noted('zwei', 'Zeilen'), o.empty(16379)]),
      odsRow([o.date('2026-03-02T08:05:09'), o.time('PT00H00M30S'), o.float(-1), o.bool(false), o.text('gleich', 2)], 3),
      odsRow([o.empty(1024)], 1048000),
    ],
  };

  it('reads typed cells, repeated cells and rows, two-paragraph text without its comment, and LibreOffice\'s trailing empty repeats', async () => {
    const { source, rows } = await read(write('log.ods', ods([sheet, { name: 'Leer', rows: [] }])));
    expect(source).toMatchObject({ kind: 'ods', sheets: ['Vorfälle', 'Leer'], sheet: 'Vorfälle', headerLine: 3 });
    expect(source.headers).toEqual(['Datum', 'Zeit', 'Betrag', 'Bezahlt', 'Notiz']);
    const repeated = ['2026-03-02', { kind: 'time', h: 0, mi: 0, s: 30 }, -1, false, 'gleich', 'gleich'];
    expect(rows).toEqual([
      { line: 4, cells: [date(2026, 3, 1), { kind: 'time', h: 13, mi: 45, s: 0 }, 12.5, true, 'zwei  x\nZeilen'] },
      { line: 5, cells: [date(2026, 3, 2, [8, 5, 9]), ...repeated.slice(1)] },
      { line: 6, cells: [date(2026, 3, 2, [8, 5, 9]), ...repeated.slice(1)] },
      { line: 7, cells: [date(2026, 3, 2, [8, 5, 9]), ...repeated.slice(1)] },
    ]);
    expect(source.progress()).toBe(1);
  });

  it('reads the sheet chosen by name, and refuses an empty one', async () => {
    const path = write('two.ods', ods([sheet, { name: 'B', rows: [odsRow([o.text('x')]), odsRow([o.float(1)])] }, { name: 'Leer', rows: [] }]));
    const { source, rows } = await read(path, { sheet: 'B' });
    expect(source.headers).toEqual(['x']);
    expect(rows).toEqual([{ line: 2, cells: [1] }]);
    const error = await refusal(openSource(path, { sheet: 'Leer' }));
    expect(error.reason).toMatch(/^the sheet “Leer” is empty/);
  });
});

describe('hostile and wrong files', () => {
  it('refuses XML with a DOCTYPE (entity expansion) in either kind', async () => {
    const bomb = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const error = await refusal(openSource(write('bomb.ods', ods([{ name: 'S', rows: [odsRow([o.text('&b;')])] }], { doctype: bomb }))));
    expect(error.reason).toMatch(/content\.xml declares a DOCTYPE/);

    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(xlsx([{ name: 'S', rows: [[1, [x.shared(0)]]] }], { strings: ['a'] }));
    const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml']).replace('<sst', `${bomb}<sst`).replace('<t xml:space="preserve">a', '<t>&b;');
    parts['xl/sharedStrings.xml'] = new TextEncoder().encode(strings);
    expect((await refusal(openSource(write('bomb.xlsx', zipSync(parts))))).reason).toMatch(/xl\/sharedStrings\.xml declares a DOCTYPE/);
  });

  it('refuses an old .xls, a password-protected workbook and other Office binaries by their bytes, whatever the name', async () => {
    const cfb = (name: string) => {
      const file = Buffer.alloc(1536);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file);
      file.writeUInt16LE(9, 0x1e); // 512-byte sectors
      file.writeUInt32LE(0, 0x30); // the directory in sector 0, right after the header
      for (const [i, entry] of ['Root Entry', name].entries()) {
        file.write(entry, 512 + i * 128, 'utf16le');
        file.writeUInt16LE((entry.length + 1) * 2, 512 + i * 128 + 0x40);
      }
      return file;
    };
    expect((await refusal(openSource(write('old.csv', cfb('Workbook'))))).reason).toBe('this is an old Excel .xls file; save it as .xlsx or CSV and import that');
    expect((await refusal(openSource(write('locked.xlsx', cfb('EncryptedPackage'))))).reason).toMatch(/^this workbook is protected with a password/);
    expect((await refusal(openSource(write('doc.xls', cfb('WordDocument'))))).reason).toMatch(/^this is an old Microsoft Office file/);
  });

  it('refuses a zip bomb by its declared size before inflating anything, and a zip that is no workbook', async () => {
    const { zipSync } = await import('fflate');
    // The directory declares 600 MB for a sheet (what a bomb's 600 KB of deflated zeros would declare).
    const bomb = Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(1000), 'xl/worksheets/sheet1.xml': new Uint8Array(1000) }));
    const central = bomb.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    bomb.writeUInt32LE(600 * 1024 * 1024, central + 24);
    const error = await refusal(openSource(write('bomb.xlsx', bomb)));
    expect(error.reason).toMatch(/^this workbook would unpack to more than 500 MB/);
    expect((await refusal(openSource(write('photos.zip', zipSync({ 'a.jpg': new Uint8Array(3) }))))).reason).toBe(
      'this is a zip file, not an .xlsx or .ods workbook; import the spreadsheet inside it instead',
    );
  });

  it('refuses a zip that lies about a file\'s size (yauzl holds it to the declared size)', async () => {
    const { zipSync } = await import('fflate');
    const honest = Buffer.from(zipSync({ mimetype: [new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': new Uint8Array(100_000).fill(0x20) }));
    // Make the central directory say content.xml inflates to 10 bytes.
    const central = honest.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    honest.writeUInt32LE(10, central + 24);
    const error = await refusal(openSource(write('liar.ods', honest)));
    expect(error.reason).toMatch(/^this file is a zip \(as \.xlsx and \.ods workbooks are\) but it cannot be read/);
  });

  it('rows() reads again and can be stopped early without leaving the file open', async () => {
    const source = await openSource(write('twice.ods', ods([{ name: 'S', rows: [odsRow([o.text('a')]), odsRow([o.float(1)], 5)] }])));
    for await (const _ of source.rows()) break;
    expect((await allRows(source)).map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });
});
