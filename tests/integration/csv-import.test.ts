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

const incidentByRef = (ref: string) =>
  t.core.db
    .prepare(
      `SELECT i.*, c.name AS category, r.name AS cause, r.cause_group AS cause_group, s.name AS handler,
         cu.name AS customer_name, cu.email AS customer_email
       FROM incidents i LEFT JOIN categories c ON c.id = i.category_id LEFT JOIN root_causes r ON r.id = i.root_cause_id
       LEFT JOIN staff s ON s.id = i.handled_by_id LEFT JOIN customers cu ON cu.id = i.customer_id WHERE ref = ?`,
    )
    .get(ref) as Record<string, unknown> | undefined;

const compensationsOf = (incidentId: unknown) =>
  t.core.db
    .prepare('SELECT kind, description, cost, given_at, (SELECT name FROM staff WHERE id = given_by_id) AS giver FROM compensations WHERE incident_id = ? ORDER BY id')
    .all(incidentId);

describe('importing a clean file', () => {
  const csv = [
    'ref,occurred_at,channel,customer_name,customer_email,what_happened,category,severity,root_cause,root_cause_group,handled_by,team_lead_present,resolved_at,score_before,score_after,outcome,compensation_kind,compensation_cost,compensation_given_by',
    'OLD-7,2026-10-03T14:05,Phone,"Lee, Dana",dana@example.com,"Order was wrong, twice",Wrong order,major,Till screen too small,equipment,Priya,yes,2026-10-03T15:00:30,3,9,retained,refund,12.50,Priya',
    ',2026-10-04,,,,Dirty table,cleanliness,1,,,,no,,,,,,,',
    ',2026-10-05 09:00,web,,,Late reply to an email,,,Nobody reads the inbox,,Sam,,,,,,voucher,"1,000.00",',
  ].join('\r\n');

  it('writes every incident, creates unknown lists entries, and reads dates as local time', async () => {
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], written: true, rows: 3, incidents: 3, compensations: 2 });
    expect(result.created).toEqual({
      categories: [],
      rootCauses: ['Till screen too small (in Equipment)', 'Nobody reads the inbox (in Process: the file gives no root_cause_group)'],
      staff: ['Priya', 'Sam'],
    });
    const old = incidentByRef('OLD-7');
    expect(old).toMatchObject({
      occurred_at: local('2026-10-03T14:05:00'),
      channel: 'phone',
      customer_name: 'Lee, Dana',
      customer_email: 'dana@example.com',
      what_happened: 'Order was wrong, twice',
      category: 'Wrong order',
      severity: 3,
      cause: 'Till screen too small',
      cause_group: 'Equipment',
      handler: 'Priya',
      team_lead_present: 1,
      resolved_at: local('2026-10-03T15:00:30'),
      score_before: 3,
      score_after: 9,
      outcome: 'retained',
    });
    // given_at defaults to the incident's resolved_at.
    expect(compensationsOf(old?.id)).toEqual([
      { kind: 'refund', description: '', cost: 1250, given_at: local('2026-10-03T15:00:30'), giver: 'Priya' },
    ]);
    // Rows without a ref get the next MG- refs; an existing category matches whatever its case.
    const table = incidentByRef('MG-1');
    expect(table).toMatchObject({ what_happened: 'Dirty table', category: 'Cleanliness', team_lead_present: 0, outcome: 'unknown', occurred_at: local('2026-10-04T00:00:00') });
    const late = incidentByRef('MG-2');
    expect(late).toMatchObject({ channel: 'web', severity: 1, cause_group: 'Process', team_lead_present: null });
    // ... and without a resolved_at the compensation was given when it occurred.
    expect(compensationsOf(late?.id)).toEqual([
      { kind: 'voucher', description: '', cost: 100_000, given_at: local('2026-10-05T09:00:00'), giver: null },
    ]);
    // The app's next incident does not reuse an imported ref.
    const next = await t.call('incidents.create', { whatHappened: 'after the import' });
    expect(next.incident.ref).toBe('MG-3');
  });

  it('a dry run reports the same and writes nothing', async () => {
    const before = snapshot(t.core.db);
    const result = await t.call('data.import', await t.staged({ csv, dryRun: true }));
    expect(result).toMatchObject({ problems: [], written: false, incidents: 3, compensations: 2 });
    expect(result.created.staff).toEqual(['Priya', 'Sam']);
    expect(snapshot(t.core.db)).toBe(before);
  });
});

describe('a file with bad rows', () => {
  const csv = [
    'ref,occurred_at,what_happened,severity,score_before,team_lead_present,compensation_cost,handled_by',
    'A-1,2026-10-01T10:00,"A long story,\nover two lines",2,5,yes,3.00,Priya', // lines 2-3
    'A-2,2026-10-01T11:00,"Three\n\nlines",9,5,yes,,', // lines 4-6: severity 9
    'A-3,2026-11-01T10:00,From the future,1,11,maybe,12.345,', // line 7: four problems
    'A-4,,,1,,,,', // line 8: both required cells empty
    'A-5,2026-10-02T10:00,Fine,1,,,,Sam', // line 9
  ].join('\n');

  it('writes nothing and lists every problem with its line, column and reason', async () => {
    const before = snapshot(t.core.db);
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result.written).toBe(false);
    expect(snapshot(t.core.db)).toBe(before);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'severity'],
      [7, 'occurred_at'],
      [7, 'score_before'],
      [7, 'team_lead_present'],
      [7, 'compensation_cost'],
      [8, 'occurred_at'],
      [8, 'what_happened'],
    ]);
    expect(result.problems[0]?.reason).toMatch(/“9” is not a severity/);
    expect(result.problems[1]?.reason).toMatch(/in the future/);
    expect(result.problems[4]?.reason).toMatch(/not an amount of money/);
    expect(result.problems[6]?.reason).toBe('What happened is required');
    // Counted as what a skip would write: the two good incidents, and nothing created from the bad ones.
    expect(result).toMatchObject({ rows: 5, incidents: 2 });
    expect(result.created.staff).toEqual(['Priya', 'Sam']);
  });

  it('with skipBadRows, writes only the good incidents', async () => {
    const result = await t.call('data.import', await t.staged({ csv, skipBadRows: true }));
    expect(result).toMatchObject({ written: true, incidents: 2, compensations: 1 });
    const refs = t.core.db.prepare('SELECT ref FROM incidents ORDER BY ref').all();
    expect(refs).toEqual([{ ref: 'A-1' }, { ref: 'A-5' }]);
    expect(incidentByRef('A-1')?.what_happened).toBe('A long story,\nover two lines');
  });

  it('a quote never closed names the line and column where it opens; nothing is written', async () => {
    const before = snapshot(t.core.db);
    const result = await t.call('data.import', await t.staged({
      csv: 'occurred_at,what_happened\n2026-10-01,"two\nlines"\n2026-10-02,"never closed\n2026-10-03,x\n',
      skipBadRows: true,
    }));
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([{ line: 4, column: 'what_happened', reason: expect.stringMatching(/^a quote \("\) opens this cell and is never closed/) }]);
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('names a missing required column, and a row with more cells than the header', async () => {
    const missing = await t.call('data.import', await t.staged({ csv: 'Stamp,what_happened\n2026-10-01,x\n' }));
    expect(missing.problems).toEqual([
      { line: 1, column: null, reason: 'no column holds when it happened (occurred_at); the file\'s columns are “Stamp”, “what_happened”: choose which one it is' },
    ]);
    const wide = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n2026-10-01,Milk, not oat\n' }));
    expect(wide.problems).toEqual([{ line: 2, column: null, reason: expect.stringMatching(/3 cells but the header has 2/) }]);
  });
});

describe('refs', () => {
  it('rows sharing a ref are one incident with several compensations', async () => {
    const csv = [
      'ref,occurred_at,what_happened,resolved_at,compensation_kind,compensation_cost,compensation_given_at',
      'P-1,2026-10-01T10:00,Wrong size,2026-10-01T10:20,refund,4.50,',
      'P-1,2026-10-01T10:00,Wrong size,2026-10-01T10:20,Free item,0,2026-10-02T08:00',
    ].join('\n');
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], incidents: 1, compensations: 2, written: true });
    const incident = incidentByRef('P-1');
    expect(compensationsOf(incident?.id)).toEqual([
      { kind: 'refund', description: '', cost: 450, given_at: local('2026-10-01T10:20:00'), giver: null },
      { kind: 'free_item', description: '', cost: 0, given_at: local('2026-10-02T08:00:00'), giver: null },
    ]);
  });

  it('rows of one ref that disagree are a problem on the later row', async () => {
    const before = snapshot(t.core.db);
    const csv = [
      'ref,occurred_at,what_happened,compensation_cost',
      'P-1,2026-10-01T10:00,Wrong size,1.00',
      'P-1,2026-10-01T10:00,Wrong colour,2.00',
    ].join('\n');
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result.problems).toEqual([{ line: 3, column: 'what_happened', reason: expect.stringMatching(/P-1 has a different what_happened here than on line 2/) }]);
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('a ref already in the database is an error for that row', async () => {
    await t.call('incidents.create', { whatHappened: 'Already logged' }); // MG-1
    const before = snapshot(t.core.db);
    const csv = 'ref,occurred_at,what_happened\nMG-1,2026-10-01,Again\nMG-2,2026-10-01,New\n';
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result.problems).toEqual([{ line: 2, column: 'ref', reason: expect.stringMatching(/MG-1 is already in Makegood/) }]);
    expect(snapshot(t.core.db)).toBe(before);
  });
});

describe('a spreadsheet with its own headers', () => {
  const csv = [
    'Date;Story;Who served;Refund',
    '03/10/2026 14:05,Coffee spilt on coat,Priya,8.00',
    '"31/02/2026","No such day",Sam,',
    '13/10/2026 2:05 PM,Afternoon,Sam,',
  ].join('\n').replace(/;/g, ',');
  const mapping = { occurred_at: 'Date', what_happened: 'Story', handled_by: 'Who served', compensation_cost: 'Refund' };

  it('maps the columns and reads day-first dates; an impossible date is a problem', async () => {
    const dry = await t.call('data.import', await t.staged({ csv, mapping, dateOrder: 'dmy', dryRun: true }));
    expect(dry.mapping).toEqual(mapping);
    expect(dry.problems).toEqual([{ line: 3, column: 'Date', reason: expect.stringMatching(/“31\/02\/2026” is not a date/) }]);

    const result = await t.call('data.import', await t.staged({ csv, mapping, dateOrder: 'dmy', skipBadRows: true }));
    expect(result).toMatchObject({ written: true, incidents: 2, compensations: 1 });
    const rows = t.core.db.prepare('SELECT occurred_at, what_happened FROM incidents ORDER BY occurred_at').all();
    expect(rows).toEqual([
      { occurred_at: local('2026-10-03T14:05:00'), what_happened: 'Coffee spilt on coat' },
      { occurred_at: local('2026-10-13T14:05:00'), what_happened: 'Afternoon' },
    ]);
  });

  it('without a mapping, guesses what its words say and names the field it cannot find; month-first reads the other way', async () => {
    const unmapped = await t.call('data.import', await t.staged({ csv }));
    expect(unmapped.mapping).toEqual({ occurred_at: 'Date', compensation_cost: 'Refund' });
    expect(unmapped.problems.map((p) => p.reason)).toEqual([
      'no column holds what happened (what_happened); the file\'s columns are “Date”, “Story”, “Who served”, “Refund”: choose which one it is',
    ]);
    const mdy = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n10/03/2026 2:05 PM,x\n', dateOrder: 'mdy' }));
    expect(mdy.written).toBe(true);
    expect(t.core.db.prepare('SELECT occurred_at FROM incidents').get()).toEqual({ occurred_at: local('2026-10-03T14:05:00') });
  });
});
