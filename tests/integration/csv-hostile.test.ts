// Issue 12, "files a user hands us are hostile": what a tester did to the import, through dispatch
// on a real data file. Each file is refused (or read) the way the tester expected, and a refused
// file writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshot } from '../support/snapshot';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

/** The stored instant for a local wall-clock time, as the import must read it. */
const local = (text: string) => new Date(text).toISOString();
const count = (table: string) => (t.core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Imports and expects nothing written, whatever the options. */
async function refused(csv: string, options: { skipBadRows?: boolean } = {}) {
  const before = snapshot(t.core.db);
  const result = await t.call('data.import', await t.staged({ csv, ...options }));
  expect(result.written).toBe(false);
  expect(snapshot(t.core.db)).toBe(before);
  return result;
}

describe('quotes are strict', () => {
  it('a stray quote inside a cell is refused with its line (after a two-line cell) and its header, even with skipBadRows', async () => {
    const csv = [
      'occurred_at,what_happened,handled_by',
      '2026-10-01T09:00,"Spilt milk,\nall over the counter",Priya', // lines 2-3
      '2026-10-02T09:00,Ordered a 12" pizza,Sam', // line 4
      '2026-10-03T09:00,Fine,Sam',
    ].join('\n');
    const result = await refused(csv, { skipBadRows: true });
    expect(result.problems).toEqual([
      { line: 4, column: 'what_happened', reason: expect.stringContaining('a quote (") in the middle of a cell, after “Ordered a 12”; put the whole cell in quotes') },
    ]);
    expect(result.incidents).toBe(0);
  });

  it('a quote that swallows the rows below it names the cell it opens and the line where the parser found out', async () => {
    // Read leniently, lines 3 to 5 became one what_happened and line 4's incident was lost.
    const csv = [
      'ref,occurred_at,what_happened,handled_by',
      'A-1,2026-10-01T09:00,Fine,Priya',
      'A-2,2026-10-02T09:00,"Cold soup,Priya',
      'A-3,2026-10-03T09:00,Late order,Sam',
      'A-4,2026-10-04T09:00,"Wrong" order,Sam',
      'A-5,2026-10-05T09:00,Fine,Sam',
    ].join('\r\n');
    const result = await refused(csv);
    expect(result.problems).toEqual([
      { line: 3, column: 'what_happened', reason: expect.stringContaining('the quote (") that closes this cell, on line 5, is followed by “W”') },
    ]);
    expect(result.problems[0]?.reason).toContain('lines 3 to 5 would be read as one cell');
    // The header was read, so the preview can still show the columns.
    expect(result.headers).toEqual(['ref', 'occurred_at', 'what_happened', 'handled_by']);
  });

  it('a quote never closed names the line where it opens, counting a CRLF inside an earlier quoted cell once', async () => {
    const csv = 'occurred_at,what_happened\r\n2026-10-01,"two\r\nlines"\r\n\r\n2026-10-02,"never closed\r\n2026-10-03,x\r\n';
    const result = await refused(csv);
    expect(result.problems).toEqual([{ line: 5, column: 'what_happened', reason: expect.stringMatching(/^a quote \("\) opens this cell and is never closed/) }]);
  });

  it('a properly quoted file with quotes, commas and line breaks still imports', async () => {
    const csv = 'occurred_at,what_happened\r\n2026-10-01,"He said ""hi"",\r\nthen left"\r\n';
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], written: true, incidents: 1 });
    expect(t.core.db.prepare('SELECT what_happened FROM incidents').get()).toEqual({ what_happened: 'He said "hi",\r\nthen left' });
  });
});

describe('columns that are not imported', () => {
  const csv = [
    'occurred_at,what_happened,Table number,Mood,,Aside,Aside',
    '2026-10-01T09:00,Cold soup,12,grumpy,,a,b',
    '2026-10-02T09:00,Late,4,,,,',
  ].join('\n');

  it('are listed by their header, an unnamed one only when it holds something', async () => {
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], written: true, incidents: 2 });
    expect(result.ignoredColumns).toEqual(['Table number', 'Mood', 'Aside (column 6)', 'Aside (column 7)']);
    const withData = csv.replace('grumpy,,a', 'grumpy,?,a');
    expect((await t.call('data.import', await t.staged({ csv: withData, dryRun: true }))).ignoredColumns).toContain('column 5 (no header)');
  });

  it('a column the user mapped is imported, not listed', async () => {
    const result = await t.call('data.import', await t.staged({ csv, mapping: { internal_note: 'Mood' }, dryRun: true }));
    expect(result.ignoredColumns).toEqual(['Table number', 'Aside (column 6)', 'Aside (column 7)']);
  });

  it('a canonical file lists none', async () => {
    const result = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened,compensation_cost\n2026-10-01,x,1.00\n', dryRun: true }));
    expect(result.ignoredColumns).toEqual([]);
  });
});

describe('a compensation is read only from a cost', () => {
  it('an empty cost cell makes no compensation (the tester got a $0.00 "other")', async () => {
    const csv = 'occurred_at,what_happened,compensation_cost\n2026-10-01T09:00,Cold soup,\n';
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], written: true, incidents: 1, compensations: 0 });
    expect(count('compensations')).toBe(0);
  });

  it('a 0.00 cost is a compensation that cost nothing, as the export writes it', async () => {
    const csv = 'occurred_at,what_happened,compensation_kind,compensation_cost\n2026-10-01T09:00,Cold soup,free_item,0.00\n';
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], incidents: 1, compensations: 1 });
    expect(t.core.db.prepare('SELECT kind, cost FROM compensations').all()).toEqual([{ kind: 'free_item', cost: 0 }]);
  });

  it('compensation cells filled without a cost are a problem naming the cost column, not a silent $0.00', async () => {
    const csv = [
      'occurred_at,what_happened,Paid,compensation_kind,compensation_given_by',
      '2026-10-01T09:00,Cold soup,,refund,Priya',
      '2026-10-02T09:00,Late,3.00,voucher,Sam',
    ].join('\n');
    const result = await refused(csv, { skipBadRows: false });
    const mapping = { compensation_cost: 'Paid' };
    const mapped = await t.call('data.import', await t.staged({ csv, mapping, dryRun: true }));
    // Unmapped, the file's "Paid" is not read (no word for a cost): both rows give a kind and a giver but no cost.
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([[2, 'compensation_cost'], [3, 'compensation_cost']]);
    expect(result.problems[0]?.reason).toMatch(/the file has no compensation_cost column/);
    expect(mapped.problems).toEqual([
      {
        line: 2,
        column: 'Paid',
        reason: 'the row gives a compensation (compensation_kind “refund”, compensation_given_by “Priya”) but no cost; write what it cost (0.00 if it cost nothing), or empty its compensation cells',
      },
    ]);
    const skipped = await t.call('data.import', await t.staged({ csv, mapping, skipBadRows: true }));
    expect(skipped).toMatchObject({ written: true, incidents: 1, compensations: 1 });
    expect(t.core.db.prepare('SELECT kind, cost FROM compensations').all()).toEqual([{ kind: 'voucher', cost: 300 }]);
  });
});

describe('a compensation before its incident', () => {
  const header = 'ref,occurred_at,what_happened,resolved_at,compensation_cost,compensation_given_at';

  it('is refused with its line and the given_at column', async () => {
    const csv = [
      header,
      'C-1,2026-10-01T10:00,"Two\nlines",,1.00,2026-10-01T10:30',
      'C-2,2026-10-01T10:00,Given the night before,,2.00,2026-09-30T22:00', // line 4
    ].join('\n');
    const result = await refused(csv);
    expect(result.problems).toEqual([
      {
        line: 4,
        column: 'compensation_given_at',
        reason: 'the compensation was given at “2026-09-30T22:00”, before the incident happened (“2026-10-01T10:00”); it is given after its incident (or up to 5 minutes before, for clocks that differ)',
      },
    ]);
  });

  it('is refused when it takes its date from a resolved_at before the incident', async () => {
    const result = await refused(`${header}\nC-1,2026-10-01T10:00,Soup,2026-10-01T08:00,1.00,\n`);
    expect(result.problems).toEqual([
      { line: 2, column: 'compensation_given_at', reason: expect.stringMatching(/would be dated “2026-10-01T08:00” \(its compensation_given_at is empty, so it is taken from resolved_at\)/) },
    ]);
  });

  it('may be up to the clock grace (5 minutes) before it, not more', async () => {
    const within = await t.call('data.import', await t.staged({ csv: `${header}\nC-1,2026-10-01T10:00,Soup,,1.00,2026-10-01T09:55\n` }));
    expect(within).toMatchObject({ problems: [], written: true, compensations: 1 });
    expect(t.core.db.prepare('SELECT given_at FROM compensations').get()).toEqual({ given_at: local('2026-10-01T09:55:00') });
    const beyond = await refused(`${header}\nC-2,2026-10-01T10:00,Soup,,1.00,2026-10-01T09:54:59\n`);
    expect(beyond.problems.map((p) => [p.line, p.column])).toEqual([[2, 'compensation_given_at']]);
  });
});
