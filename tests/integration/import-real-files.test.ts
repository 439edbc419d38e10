// The files shops really have (issue 14): each test writes its own, as the program that makes such
// files writes them, and imports it through data.import with no choices where the file settles
// every question. Times are read in this computer's zone: this file sets Europe/Berlin (Node rereads
// process.env.TZ when it is set), so the stored instants are what those wall-clock times are there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from '../../shared/contract';
import { writeOds, writeXlsx } from '../support/workbook';
import { tempCore, type TempCore } from '../support/core';
import { inZone } from '../support/zone';

// Before anything below makes a Date (the workbooks' rows are made as the file loads).
inZone('Europe/Berlin');

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-11-30T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

async function preview(content: string | Uint8Array, request: Omit<Request<'data.import'>, 'file'> = {}, name = 'log.csv') {
  const file = await t.stage(content, name);
  return { file, result: await t.call('data.import', { file, dryRun: true, ...request }) };
}

const stored = () =>
  t.core.db
    .prepare(
      `SELECT i.occurred_at, i.what_happened, c.name AS customer, i.resolved_at, k.cost, i.severity, i.channel
       FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN compensations k ON k.incident_id = i.id ORDER BY i.occurred_at`,
    )
    .all();

describe('a CSV saved by European Excel (semicolons, a BOM, CRLF, decimal commas, dd/mm/yyyy)', () => {
  const csv = utf8Bom(
    [
      'Datum;Kunde;Telefon;Beschwerde;Erstattung;Bedient von',
      '03/10/2026 14:05;Maria Lopez;+49 30 1234567;"Kaffee kalt; kein Zucker";4,50;Sam',
      '13/10/2026 09:30;Ben;;Falsche Größe;1.234,56;Lee',
      '',
    ].join('\r\n'),
  );

  it('is read with every column matched by its German header and the dates settled by the 13th', async () => {
    const { result } = await preview(csv, {}, 'beschwerden.csv');
    expect(result.problems).toEqual([]);
    expect(result.file).toMatchObject({ kind: 'csv', delimiter: ';' });
    expect(result.mapping).toMatchObject({ occurred_at: 'Datum', customer_name: 'Kunde', customer_phone: 'Telefon', what_happened: 'Beschwerde', compensation_cost: 'Erstattung', handled_by: 'Bedient von' });
    expect(result.dateOrder).toMatchObject({ used: 'dmy', how: 'file' });
    expect(result.incidents).toBe(2);
    expect(result.compensations).toBe(2);
    expect(result.preview.map((r) => [r.whatHappened, r.compensation?.cost])).toEqual([
      ['Kaffee kalt; kein Zucker', 450],
      ['Falsche Größe', 123456],
    ]);
  });

  it('imports the numbers right', async () => {
    const file = await t.stage(csv, 'beschwerden.csv');
    const done = await t.call('data.import', { file });
    expect(done.written).toBe(true);
    expect(stored()).toMatchObject([
      { occurred_at: new Date(2026, 9, 3, 14, 5).toISOString(), what_happened: 'Kaffee kalt; kein Zucker', customer: 'Maria Lopez', cost: 450 },
      { occurred_at: new Date(2026, 9, 13, 9, 30).toISOString(), what_happened: 'Falsche Größe', customer: 'Ben', cost: 123456 },
    ]);
  });
});

describe('a tab-separated file with US dates and AM/PM', () => {
  it('is read month first, settled by a day over 12, with 12-hour times', async () => {
    const tsv = ['Date\tCustomer\tComplaint\tRefund\tServed by', '10/13/2026 2:05 PM\tAna\tWaited 20 minutes\t$4.50\tSam', '10/03/2026 9:15 AM\tBo\tCold soup\t\tLee', ''].join('\n');
    const { result } = await preview(tsv);
    expect(result.problems).toEqual([]);
    expect(result.file.delimiter).toBe('\t');
    expect(result.dateOrder).toMatchObject({ used: 'mdy', how: 'file' });
    expect(result.preview.map((r) => r.occurredAt)).toEqual([new Date(2026, 9, 13, 14, 5).toISOString(), new Date(2026, 9, 3, 9, 15).toISOString()]);
    expect(result.compensations).toBe(1);
  });
});

describe('a UTF-16 text file (Excel’s "Unicode text")', () => {
  it('is read through its BOM', async () => {
    const { result } = await preview(utf16le('occurred_at\twhat_happened\tcustomer_name\r\n2026-10-03T14:05\tCafé trop froid\tZoë\r\n'));
    expect(result.problems).toEqual([]);
    expect(result.file).toMatchObject({ kind: 'csv', encoding: 'utf-16le', delimiter: '\t' });
    expect(result.preview[0]).toMatchObject({ whatHappened: 'Café trop froid', customer: 'Zoë' });
  });
});

describe('a file in another encoding', () => {
  const latin1 = Buffer.from('Date,Complaint\n2026-10-03,Caf\xe9 froid\n', 'latin1');

  it('is refused without a word of which, naming the line', async () => {
    const { result } = await preview(latin1);
    expect(result.incidents).toBe(0);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2 });
    expect(result.problems[0]!.reason).toMatch(/UTF-8/);
  });

  it('is read when its encoding is chosen', async () => {
    const { result } = await preview(latin1, { encoding: 'windows-1252' });
    expect(result.problems).toEqual([]);
    expect(result.preview[0]?.whatHappened).toBe('Café froid');
  });
});

describe('dates that could be read two ways', () => {
  const csv = 'Date,Complaint\n03/04/2026,Cold soup\n05/06/2026,Late order\n';

  it('are a question, not a guess: nothing is counted until the order is chosen', async () => {
    const { file, result } = await preview(csv);
    expect(result.dateOrder).toEqual({ used: null, how: 'undecided', choices: ['dmy', 'mdy'] });
    expect(result.incidents).toBe(0);
    const chosen = await t.call('data.import', { file, dryRun: true, dateOrder: 'dmy' });
    expect(chosen.problems).toEqual([]);
    expect(chosen.preview.map((r) => r.occurredAt)).toEqual([new Date(2026, 3, 3).toISOString(), new Date(2026, 5, 5).toISOString()]);
  });

  it('written both ways in one file are a problem on the line that contradicts the first', async () => {
    const { result } = await preview('Date,Complaint\n13/04/2026,Cold soup\n04/13/2026,Late order\n');
    expect(result.incidents).toBe(0);
    expect(result.problems[0]).toMatchObject({ line: 3 });
  });
});

describe('a date column and a time column', () => {
  it('are joined into one moment', async () => {
    const { result } = await preview('Date,Time,Complaint\n2026-10-03,14:05,Cold soup\n2026-10-04,2:30 PM,Late\n');
    expect(result.mapping).toMatchObject({ occurred_at: 'Date', occurred_time: 'Time' });
    expect(result.preview.map((r) => r.occurredAt)).toEqual([new Date(2026, 9, 3, 14, 5).toISOString(), new Date(2026, 9, 4, 14, 30).toISOString()]);
  });
});

describe('amounts', () => {
  it('in another currency than the shop’s are a problem on their line', async () => {
    const { result } = await preview('Date,Complaint,Refund\n2026-10-03,Cold soup,£4.50\n2026-10-04,Late,$2.00\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2, column: 'Refund' });
    expect(result.problems[0]!.reason).toMatch(/GBP|£/);
  });
});

describe('a local time the clocks skipped', () => {
  it('is a problem on its line (Europe/Berlin went from 02:00 to 03:00 on 29 March 2026)', async () => {
    const { result } = await preview('Date,Complaint\n29/03/2026 02:30,Cold soup\n30/03/2026 10:00,Late\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 2 });
    expect(result.problems[0]!.reason).toMatch(/clocks went forward/);
  });
});

describe('past incidents that were dealt with', () => {
  const csv = 'Date,Complaint,Resolved\n2026-10-03 14:05,Cold soup,\n2026-10-04 10:00,Late,2026-10-04 11:00\n';

  it('arrive open unless told, and the preview says how many Home will show', async () => {
    const { file, result } = await preview(csv);
    expect(result.open).toBe(1);
    const historic = await t.call('data.import', { file, dryRun: true, historic: true });
    expect(historic.open).toBe(0);
    await t.call('data.import', { file, historic: true });
    expect(stored().map((r) => (r as { resolved_at: string }).resolved_at)).toEqual([new Date(2026, 9, 3, 14, 5).toISOString(), new Date(2026, 9, 4, 11, 0).toISOString()]);
    expect((await t.call('incidents.home', {})).openCount).toBe(0);
  });
});

describe('a required field the headers do not give', () => {
  it('stops the import with a sentence naming the columns the file has', async () => {
    const { result } = await preview('Wann,Notiz\n2026-10-03,x\n');
    expect(result.incidents).toBe(0);
    expect(result.problems.map((p) => p.reason).join(' ')).toMatch(/Wann, Notiz|“Wann”, “Notiz”/);
  });
});

describe('workbooks', () => {
  const rows = [
    ['Fecha', 'Cliente', 'Queja', 'Reembolso', 'Atendido por'],
    [new Date(2026, 9, 3, 14, 5), 'María', 'Café frío', 4.5, 'Sam'],
    [new Date(2026, 9, 4), 'Ben', 'Pedido tarde', null, 'Lee'],
  ];
  for (const [kind, write] of [['xlsx', writeXlsx], ['ods', writeOds]] as const) {
    it(`an .${kind} is read with its date and number cells as such and its Spanish headers`, async () => {
      const path = join(t.dir, `log.${kind}`);
      write(path, rows);
      const { result } = await preview(readFileSync(path), {}, `log.${kind}`);
      expect(result.problems).toEqual([]);
      expect(result.file).toMatchObject({ kind, sheets: ['Log'], sheet: 'Log' });
      expect(result.mapping).toMatchObject({ occurred_at: 'Fecha', customer_name: 'Cliente', what_happened: 'Queja', compensation_cost: 'Reembolso', handled_by: 'Atendido por' });
      expect(result.dateOrder.how).toBe('none');
      expect(result.preview.map((r) => [r.occurredAt, r.compensation?.cost ?? null])).toEqual([
        [new Date(2026, 9, 3, 14, 5).toISOString(), 450],
        [new Date(2026, 9, 4).toISOString(), null],
      ]);
    });
  }

  it('a sheet that is not there is one sentence naming the sheets', async () => {
    const path = join(t.dir, 'log.xlsx');
    writeXlsx(path, rows);
    const { result } = await preview(readFileSync(path), { sheet: 'März' }, 'log.xlsx');
    expect(result.incidents).toBe(0);
    expect(result.problems[0]!.reason).toMatch(/Log/);
  });
});
