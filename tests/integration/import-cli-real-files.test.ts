// `makegood import` on the files shops have (issue 14), with no flags where the file settles every
// question: the built command (npm run build), real files written here, a real data file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../electron/main/core/db/connect';
import { writeOds, writeXlsx } from '../support/workbook';
import { inZone } from '../support/zone';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'makegood.js');

// The command runs in Europe/Berlin; this file makes its Dates there too (before the rows below are made).
inZone('Europe/Berlin');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-cli-real-'));
  db = join(dir, 'makegood.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `makegood --db DB import FILE …flags` in Europe/Berlin, as a shop there would run it. */
function run(file: string, ...flags: string[]) {
  const done = spawnSync(process.execPath, [bin, '--db', db, 'import', file, ...flags], { encoding: 'utf8', env: { ...process.env, TZ: 'Europe/Berlin' }, timeout: 60_000 });
  return { code: done.status, stdout: done.stdout, stderr: done.stderr };
}

function stored() {
  const file = connect(db, { readonly: true });
  try {
    return file
      .prepare(
        `SELECT i.occurred_at, i.what_happened, c.name AS customer, k.cost, s.name AS handled_by, i.resolved_at
         FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id LEFT JOIN compensations k ON k.incident_id = i.id
         LEFT JOIN staff s ON s.id = i.handled_by_id ORDER BY i.occurred_at`,
      )
      .all();
  } finally {
    file.close();
  }
}

const ROWS = [
  ['Date', 'Customer', 'Complaint', 'Refund', 'Served by'],
  [new Date(2026, 9, 3, 14, 5), 'Maria Lopez', 'Latte was cold', 4.5, 'Sam'],
  [new Date(2026, 9, 13, 9, 30), 'Ben', 'Wrong size', null, 'Lee'],
];
const EXPECTED = [
  { occurred_at: new Date(2026, 9, 3, 14, 5).toISOString(), what_happened: 'Latte was cold', customer: 'Maria Lopez', cost: 450, handled_by: 'Sam' },
  { occurred_at: new Date(2026, 9, 13, 9, 30).toISOString(), what_happened: 'Wrong size', customer: 'Ben', cost: null, handled_by: 'Lee' },
];

describe('makegood import, no flags', () => {
  it('takes an .xlsx workbook: date cells, number cells, headers in plain words, and prints the columns it read', () => {
    const file = join(dir, 'log.xlsx');
    writeXlsx(file, ROWS);
    const done = run(file);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('  Complaint → what_happened (by a word for it)');
    expect(done.stdout).toMatch(/^Imported 2 incidents with 1 compensation from 2 rows/m);
    expect(stored()).toMatchObject(EXPECTED);
  });

  it('takes an .ods workbook the same way', () => {
    const file = join(dir, 'log.ods');
    writeOds(file, ROWS);
    const done = run(file);
    expect(done.code, done.stderr).toBe(0);
    expect(stored()).toMatchObject(EXPECTED);
  });

  it('takes a CSV saved by European Excel', () => {
    const file = join(dir, 'log.csv');
    const text = 'Datum;Kunde;Beschwerde;Erstattung;Bedient von\r\n03.10.2026 14:05;Maria Lopez;Latte was cold;4,50;Sam\r\n13.10.2026 09:30;Ben;Wrong size;;Lee\r\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const done = run(file);
    expect(done.code, done.stderr).toBe(0);
    expect(stored()).toMatchObject(EXPECTED);
  });
});

describe('makegood import, where the file leaves a question', () => {
  it('needs --date-format when every date reads two ways, and says so with the choices', () => {
    const file = join(dir, 'log.csv');
    writeFileSync(file, 'Date,Complaint\n03/04/2026,Cold soup\n05/06/2026,Late\n');
    const asked = run(file);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain('makegood: nothing imported: say how the dates are written with --date-format dmy');
    const told = run(file, '--date-format', 'dmy');
    expect(told.code, told.stderr).toBe(0);
    expect(stored().map((r) => (r as { occurred_at: string }).occurred_at)).toEqual([new Date(2026, 3, 3).toISOString(), new Date(2026, 5, 5).toISOString()]);
  });

  it('takes --map for a header in no word list, --resolved for past incidents', () => {
    const file = join(dir, 'log.csv');
    writeFileSync(file, 'Wann,Geschichte\n2026-10-03 14:05,Cold soup\n');
    const refused = run(file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the file\'s columns are “Wann”, “Geschichte”');
    const done = run(file, '--map', 'Wann=occurred_at,Geschichte=what_happened', '--resolved');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toContain('0 incidents are open on Home');
    expect(stored()).toMatchObject([{ what_happened: 'Cold soup', resolved_at: new Date(2026, 9, 3, 14, 5).toISOString() }]);
  });

  it('refuses a field Makegood does not have in --map, in a sentence', () => {
    const file = join(dir, 'log.csv');
    writeFileSync(file, 'Date,Complaint\n2026-10-03,x\n');
    const done = run(file, '--map', 'Date=when');
    expect(done.code).toBe(1);
    expect(done.stderr).toMatch(/^makegood: --map: “when” is not a field Makegood has/);
  });
});
