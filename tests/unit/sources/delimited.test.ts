// CSV files as the programs shops use save them, read through openSource: the encoding, the
// delimiter, the line each row starts on, and the sentence when a file cannot be read.
import { describe, expect, it } from 'vitest';
import { openSource } from '../../../electron/main/core/data/sources';
import { read, refusal, tempFiles, utf16be, utf16le } from './fixtures';

const write = tempFiles();


describe('CSV sources', () => {
  it('reads a European Excel export: ";" with decimal commas, a UTF-8 BOM, CRLF, quoted cells holding ";" and line breaks', async () => {
    const text =
      'Datum;Betrag;Notiz\r\n' +
      '01.03.2026;12,50;"Kaffee; kalt"\r\n' +
      '02.03.2026;7,00;"zwei\r\nZeilen"\r\n' +
      '\r\n' +
      ';;\r\n' +
      '03.03.2026;1.234,56;"Er sagte ""nein"""\r\n';
    const { source, rows } = await read(write('export.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(source).toMatchObject({ kind: 'csv', encoding: 'utf-8', delimiter: ';', headers: ['Datum', 'Betrag', 'Notiz'], headerLine: 1 });
    expect(rows).toEqual([
      { line: 2, cells: ['01.03.2026', '12,50', 'Kaffee; kalt'] },
      { line: 3, cells: ['02.03.2026', '7,00', 'zwei\r\nZeilen'] },
      // Line 5 is a blank line, line 6 a row of empty cells: neither is a row.
      { line: 7, cells: ['03.03.2026', '1.234,56', 'Er sagte "nein"'] },
    ]);
    expect(source.progress()).toBe(1);
  });

  it('reads tab- and bar-separated files, a header after blank lines, and lone-CR line breaks', async () => {
    const tabs = await read(write('t.txt', 'a\tb, with comma\tc\n1\t2\t3\n4\t5\t6\n'));
    expect(tabs.source).toMatchObject({ delimiter: '\t', headers: ['a', 'b, with comma', 'c'] });
    expect(tabs.rows.map((r) => r.cells)).toEqual([['1', '2', '3'], ['4', '5', '6']]);

    const bars = await read(write('p.csv', '\n\n id | name \r"7"|"a|b"\r8|c\r'));
    expect(bars.source).toMatchObject({ delimiter: '|', headers: ['id', 'name'], headerLine: 3 });
    expect(bars.rows).toEqual([
      { line: 4, cells: ['7', 'a|b'] },
      { line: 5, cells: ['8', 'c'] },
    ]);
  });

  it('a comma file with a few semicolons in its cells stays a comma file, and a one-column file too', async () => {
    const { source } = await read(write('c.csv', 'name,note\nAda,"a;b"\nBo,c;d;e\n'));
    expect(source.delimiter).toBe(',');
    expect((await read(write('one.csv', 'name\nAda\n'))).source.delimiter).toBe(',');
  });

  it('reads UTF-16 LE and BE with their BOM (Excel\'s "Unicode text", tab-separated)', async () => {
    const text = 'Name\tNote\r\nZoë\t"two\r\nlines"\r\n日本\t🍰\r\n';
    for (const [bytes, encoding] of [
      [utf16le(text), 'utf-16le'],
      [utf16be(text), 'utf-16be'],
    ] as const) {
      const { source, rows } = await read(write('u.txt', bytes));
      expect(source).toMatchObject({ encoding, delimiter: '\t', headers: ['Name', 'Note'] });
      expect(rows).toEqual([
        { line: 2, cells: ['Zoë', 'two\r\nlines'] },
        { line: 4, cells: ['日本', '🍰'] },
      ]);
    }
  });

  it('refuses Windows-1252 bytes without a chosen encoding, naming the line, and reads them with it', async () => {
    const bytes = Buffer.concat([Buffer.from('name,note\r\n"multi\r\nline",x\r\nCaf'), Buffer.from([0xe9]), Buffer.from(',cr\xe8me\r\n', 'latin1')]);
    const path = write('1252.csv', bytes);
    const error = await refusal(openSource(path, {}).then(async (s) => {
      for await (const _ of s.rows());
    }));
    expect(error.line).toBe(4);
    expect(error.reason).toBe(
      'the file is not UTF-8 text: this line has a byte (0xE9) after “Caf” that UTF-8 does not use; the file is perhaps Windows-1252, as older Excel saves; choose the file’s encoding (or save it as “CSV UTF-8”)',
    );

    const { source, rows } = await read(path, { encoding: 'windows-1252' });
    expect(source.encoding).toBe('windows-1252');
    expect(rows).toEqual([
      { line: 2, cells: ['multi\r\nline', 'x'] },
      { line: 4, cells: ['Café', 'crème'] },
    ]);
    // latin1 is WHATWG's name for windows-1252 too.
    expect((await read(path, { encoding: 'latin1' })).source.encoding).toBe('windows-1252');
  });

  it('finds a bad byte far into a file (past the first chunks read), on its line', async () => {
    const lines = ['id,text'];
    for (let i = 1; i < 20_000; i += 1) lines.push(`${i},"row ${i}${i % 7 === 0 ? '\r\nsecond line' : ''}"`);
    const good = Buffer.from(`${lines.join('\r\n')}\r\n`);
    const lineCount = lines.join('\r\n').split(/\r\n/).length;
    const path = write('far.csv', Buffer.concat([good, Buffer.from('x,'), Buffer.from([0x96]), Buffer.from('\r\n')]));
    const source = await openSource(path);
    let last = 0;
    const error = await refusal(
      (async () => {
        for await (const row of source.rows()) last = row.line;
      })(),
    );
    expect(error.line).toBe(lineCount + 1);
    expect(last).toBeLessThan(error.line);
    expect(error.reason).toContain('(0x96) after “x,”');
  });

  it('reads Shift JIS when chosen, and names an encoding it does not know', async () => {
    const sjis = Buffer.from([0x96, 0xbc, 0x91, 0x4f, 0x0d, 0x0a, 0x8e, 0x52, 0x93, 0x63, 0x0d, 0x0a]); // 名前 / 山田
    const { rows, source } = await read(write('sjis.csv', sjis), { encoding: 'shift_jis' });
    expect(source.headers).toEqual(['名前']);
    expect(rows).toEqual([{ line: 2, cells: ['山田'] }]);
    const error = await refusal(openSource(write('x.csv', 'a\n1\n'), { encoding: 'klingon-8' }));
    expect(error.reason).toMatch(/^“klingon-8” is not an encoding this app can read/);
  });

  it('refuses bad quotes with the line and column of the cell, counting CRLFs inside quoted cells once', async () => {
    const stray = write('stray.csv', 'id;what\r\n1;"two\r\nlines"\r\n2;Ordered a 12" pizza\r\n');
    let error = await refusal(read(stray));
    expect([error.line, error.column]).toEqual([4, 'what']);
    expect(error.reason).toMatch(/^a quote \("\) in the middle of a cell, after “Ordered a 12”/);

    const swallowing = write('after.csv', 'id,what\r\n1,ok\r\n2,"opens\r\nand closes"late,x\r\n');
    error = await refusal(read(swallowing));
    expect([error.line, error.column]).toEqual([3, 'what']);
    expect(error.reason).toContain('the quote (") that closes this cell, on line 4, is followed by “l”, not a comma or the end of the line (lines 3 to 4');

    const never = write('never.csv', 'id,what\r\n1,"a\r\nb"\r\n\r\n2,"never closed\r\n3,x\r\n');
    error = await refusal(read(never));
    expect([error.line, error.column]).toEqual([5, 'what']);
    expect(error.reason).toMatch(/^a quote \("\) opens this cell and is never closed/);

    const header = write('header.csv', 'id,"wh"at\n1,2\n');
    error = await refusal(openSource(header));
    expect([error.line, error.column]).toEqual([1, null]);
    expect(error.reason).toMatch(/^in the header row's cell 2, the quote/);
  });

  it('refuses an empty file, and reads a header-only file as no rows', async () => {
    const error = await refusal(openSource(write('empty.csv', '\r\n  \r\n')));
    expect(error.reason).toMatch(/^the file is empty/);
    const { source, rows } = await read(write('h.csv', 'a,b\n'));
    expect(source.headers).toEqual(['a', 'b']);
    expect(rows).toEqual([]);
  });

  it('refuses a row with a value past 2,000 columns, and cuts trailing empty ones', async () => {
    const wide = write('wide.csv', `a,b\n1${','.repeat(2500)}\n2${','.repeat(2000)}x\n`);
    const source = await openSource(wide);
    const rows: number[] = [];
    const error = await refusal(
      (async () => {
        for await (const row of source.rows()) rows.push(row.cells.length);
      })(),
    );
    expect(rows).toEqual([2000]);
    expect(error.line).toBe(3);
    expect(error.reason).toBe('this row has a value in column 2,001; a file to import can have at most 2,000 columns');
  });

  it('reads the file again on each rows() call, and stops reading when the caller stops', async () => {
    const source = await openSource(write('again.csv', 'a\n1\n2\n3\n'));
    for await (const _ of source.rows()) break;
    expect((await (async () => {
      const cells = [];
      for await (const row of source.rows()) cells.push(row.cells[0]);
      return cells;
    })())).toEqual(['1', '2', '3']);
  });
});
