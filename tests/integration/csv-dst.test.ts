// Local times the clocks skip or repeat. The suite may run in UTC, which has neither, so each block
// forces a zone (Node rereads process.env.TZ when it is set) and first checks the zone took hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshot } from '../support/snapshot';
import { tempCores } from '../support/core';

const core = tempCores(new Date('2026-10-15T12:00:00.000Z'));

function inZone(zone: string) {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}

const skipped = (text: string) => `“${text}” does not exist on this computer's clock: the clocks went forward that night; write the time the clock showed`;

describe('in Europe/London (clocks forward 01:00 → 02:00 on 2026-03-29, back 02:00 → 01:00 on 2025-10-26)', () => {
  inZone('Europe/London');

  it('has the zone in effect', () => {
    expect(new Date(2026, 2, 29, 1, 30).getHours()).toBe(2);
  });

  it('refuses a time the clocks skipped, in every date format and column, naming the cell; nothing is written', async () => {
    const t = core();
    const before = snapshot(t.core.db);
    const csv = [
      'occurred_at,what_happened,resolved_at',
      '2026-03-29T01:30,Skipped hour,', // line 2
      '2026-03-28T10:00,Resolved in the skipped hour,2026-03-29 01:00', // line 3
      '2026-03-29T02:30,Just after the skip,', // line 4: exists (01:30 UTC)
    ].join('\n');
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result.problems).toEqual([
      { line: 2, column: 'occurred_at', reason: skipped('2026-03-29T01:30') },
      { line: 3, column: 'resolved_at', reason: skipped('2026-03-29 01:00') },
    ]);
    expect(result.written).toBe(false);
    expect(snapshot(t.core.db)).toBe(before);
    const dmy = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n29/03/2026 01:59,x\n', dateOrder: 'dmy', dryRun: true }));
    expect(dmy.problems).toEqual([{ line: 2, column: 'occurred_at', reason: skipped('29/03/2026 01:59') }]);
  });

  it('reads the day alone, a time with its own zone, and the times either side of the gap', async () => {
    const t = core();
    const csv = [
      'ref,occurred_at,what_happened',
      'D-1,2026-03-29,The day itself',
      'D-2,2026-03-29T01:30Z,Written in UTC',
      'D-3,2026-03-29T00:59,Before the gap',
      'D-4,2026-03-29T02:30,After the gap',
    ].join('\n');
    const result = await t.call('data.import', await t.staged({ csv }));
    expect(result).toMatchObject({ problems: [], written: true });
    expect(t.core.db.prepare('SELECT ref, occurred_at FROM incidents ORDER BY ref').all()).toEqual([
      { ref: 'D-1', occurred_at: '2026-03-29T00:00:00.000Z' },
      { ref: 'D-2', occurred_at: '2026-03-29T01:30:00.000Z' },
      { ref: 'D-3', occurred_at: '2026-03-29T00:59:00.000Z' },
      { ref: 'D-4', occurred_at: '2026-03-29T01:30:00.000Z' },
    ]);
  });

  it('reads a time in the repeated hour as its first occurrence (summer time), as documented in dates.ts', async () => {
    const t = core();
    const result = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n2025-10-26T01:30,Twice that night\n' }));
    expect(result).toMatchObject({ problems: [], written: true });
    expect(t.core.db.prepare('SELECT occurred_at FROM incidents').get()).toEqual({ occurred_at: '2025-10-26T00:30:00.000Z' });
  });
});

describe('in Europe/Paris (clocks forward 02:00 → 03:00 on 2026-03-29)', () => {
  inZone('Europe/Paris');

  it('refuses 02:30 that night, which London has', async () => {
    expect(new Date(2026, 2, 29, 2, 30).getHours()).toBe(3);
    const t = core();
    const result = await t.call('data.import', await t.staged({ csv: 'occurred_at,what_happened\n2026-03-29T02:30,x\n' }));
    expect(result.problems).toEqual([{ line: 2, column: 'occurred_at', reason: skipped('2026-03-29T02:30') }]);
    expect(result.written).toBe(false);
  });
});
