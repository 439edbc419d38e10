// Imported history past an allowance (issue 12: "the allowance rule is skipped, and the tracker then
// says everyone within the allowance"): nobody can be asked any more, so the entry is kept and
// marked "over allowance, not approved", counted in the preview and the figures, shown on the
// tracker, and an edit in the app then asks who approved it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let sam: number;
let lee: number;
beforeEach(async () => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
  sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 5_000 })).id;
  lee = (await t.call('staff.create', { name: 'Lee', monthlyAllowance: 0 })).id;
});
afterEach(() => t.cleanup());

const CSV = [
  'occurred_at,what_happened,compensation_kind,compensation_cost,compensation_given_by,compensation_given_at',
  '2026-10-02T10:00,Cold soup,refund,30.00,Sam,2026-10-02T10:10',
  '2026-10-03T10:00,Wrong order,refund,40.00,Sam,2026-10-03T10:10',
  '2026-10-04T10:00,Long wait,gift,10.00,Pat,2026-10-04T10:10',
  '2026-10-05T10:00,Rude reply,discount,0.00,Pat,2026-10-05T10:10',
  '2026-09-05T10:00,Last month,refund,45.00,Sam,2026-09-05T10:10',
].join('\n');
const request = (dryRun: boolean) => ({ csv: CSV, mapping: {}, dryRun, skipBadRows: false });

describe('imported compensation past an allowance', () => {
  it('is counted in the preview, kept, marked, and shown as such in the tracker and the figures', async () => {
    const preview = await t.call('data.import', await t.staged(request(true)));
    // Sam's $40 passes $50 after $30; Pat is new (no allowance), so their $10 passes it; $0 and September's $45 do not.
    expect(preview).toMatchObject({ written: false, compensations: 5, overAllowanceUnapproved: 2, problems: [] });
    const done = await t.call('data.import', await t.staged(request(false)));
    expect(done).toMatchObject({ written: true, overAllowanceUnapproved: 2 });

    const month = await t.call('compensations.month', { month: '2026-10' });
    expect(month.byStaff.find((s) => s.name === 'Sam')).toMatchObject({ spent: 7_000, unapproved: 4_000, unapprovedCount: 1 });
    expect(month.byStaff.find((s) => s.name === 'Pat')).toMatchObject({ spent: 1_000, unapproved: 1_000, unapprovedCount: 1 });
    expect(month.entries.filter((e) => e.overAllowanceUnapproved).map((e) => [e.givenByName, e.cost])).toEqual([
      ['Pat', 1_000],
      ['Sam', 4_000],
    ]);
    expect((await t.call('figures.month', { month: '2026-10' })).compensation_over_allowance_unapproved).toBe(5_000);
    expect((await t.call('figures.month', { month: '2026-09' })).compensation_over_allowance_unapproved).toBe(0);
  });

  it('an edit in the app asks who approved it; an approver clears the mark', async () => {
    await t.call('data.import', await t.staged(request(false)));
    const marked = (await t.call('compensations.month', { month: '2026-10' })).entries.find((e) => e.overAllowanceUnapproved && e.givenByName === 'Sam')!;
    const edit = await t.raw('compensations.update', { id: marked.id, changes: { description: 'Refund for the wrong order' } });
    expect(edit).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringMatching(/Sam has \$20\.00 of \$50\.00 left this month; this entry is \$40\.00\. Who approved it\?/) });
    const approved = await t.call('compensations.update', { id: marked.id, changes: { approvedById: lee } });
    expect(approved).toMatchObject({ approvedById: lee, overAllowanceUnapproved: false });
    expect((await t.call('figures.month', { month: '2026-10' })).compensation_over_allowance_unapproved).toBe(1_000);
  });

  it('the app itself still refuses an entry past the allowance without an approver', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: 'Burnt toast', occurredAt: '2026-10-20T09:00:00.000Z' });
    expect(await t.raw('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 6_000, givenById: sam })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await t.raw('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 6_000, givenById: sam, approvedById: lee })).toMatchObject({ ok: true });
  });
});
