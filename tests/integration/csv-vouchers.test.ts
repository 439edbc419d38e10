// A voucher's code and redemption in the CSV (docs/domain.md, "CSV format"): exported, imported,
// round-tripped byte for byte, and a bad or used code refused on its line.
import { beforeEach, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../shared/schemas/data';
import { snapshot } from '../support/snapshot';
import { tempCores, type TempCore } from '../support/core';

const START = new Date('2026-11-20T12:00:00.000Z');
const fresh = tempCores(START);
let t: TempCore;
beforeEach(() => {
  t = fresh();
});

const HEADER = 'ref,occurred_at,what_happened,compensation_kind,compensation_cost,compensation_given_at,compensation_code,compensation_redeemed_at';
const file = (...rows: string[]) => [HEADER, ...rows].join('\n');
const codes = () => t.core.db.prepare('SELECT code, redeemed_at, expires_at FROM compensations ORDER BY id').all() as { code: string | null; redeemed_at: string | null; expires_at: string | null }[];

describe('voucher codes in a CSV', () => {
  it('export as two columns, and import into an empty file to the same bytes', async () => {
    const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
    const incident = (await t.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: '2026-10-31T22:00:00.000Z' })).incident.id;
    const v = await t.call('compensations.add', { incidentId: incident, kind: 'voucher', cost: 1500, givenById: sam, givenAt: '2026-10-31T23:59:00.000Z' });
    await t.call('compensations.add', { incidentId: incident, kind: 'refund', cost: 500, givenById: sam, givenAt: '2026-11-01T08:00:00.000Z' });
    t.setNow(new Date('2026-11-03T10:15:00.000Z'));
    await t.call('vouchers.redeem', { code: v.code! });
    const first = await t.exportText();
    const [header, voucherRow, refundRow] = first.csv.trimEnd().split('\n');
    expect(header!.split(',').slice(-2)).toEqual(['compensation_code', 'compensation_redeemed_at']);
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(voucherRow!.endsWith(`,voucher,,15.00,Sam,2026-10-31T23:59:00,${v.code},2026-11-03T10:15:00`)).toBe(true);
    expect(refundRow!.endsWith(',refund,,5.00,Sam,2026-11-01T08:00:00,,')).toBe(true);

    const other = fresh();
    const result = await other.call('data.import', await other.staged({ csv: first.csv }));
    expect(result).toMatchObject({ problems: [], written: true, compensations: 2 });
    expect((await other.exportText()).csv).toBe(first.csv);
    // The code came with it: the voucher is redeemed there too.
    expect(await other.raw('vouchers.redeem', { code: v.code! })).toMatchObject({ ok: false, message: `Voucher ${v.code} was already redeemed on Nov 3, 2026.` });
  });

  it('gives a voucher without a code a new one, and reads a code as typed', async () => {
    const result = await t.call('data.import', await t.staged({ csv: file(',2026-10-02,Late,voucher,5.00,,,', ',2026-10-03,Wrong,voucher,5.00,,mgv 7q2k,2026-10-09T12:00') }));
    expect(result).toMatchObject({ problems: [], written: true });
    const [drawn, typed] = codes();
    expect(drawn!.code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(typed).toMatchObject({ code: 'MGV-7Q2K', redeemed_at: new Date('2026-10-09T12:00').toISOString() });
  });

  it('refuses a code used twice in the file, on its second line, and writes nothing', async () => {
    const result = await t.call('data.import', await t.staged({ csv: file(',2026-10-02,A,voucher,5.00,,MGV-7Q2K,', ',2026-10-03,B,voucher,5.00,,MGV-AB3D,', ',2026-10-04,C,voucher,5.00,,mgv-7q2k,') }));
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([{ line: 4, column: 'compensation_code', reason: 'MGV-7Q2K is already the code of the voucher on line 2; each voucher has its own' }]);
    expect(codes()).toEqual([]);
  });

  it('refuses a code already given in Makegood, deleted entries included', async () => {
    await t.call('data.import', await t.staged({ csv: file(',2026-10-02,A,voucher,5.00,,MGV-7Q2K,') }));
    t.core.db.prepare("UPDATE compensations SET deleted_at = '2026-11-01T00:00:00.000Z'").run();
    const before = snapshot(t.core.db);
    const result = await t.call('data.import', await t.staged({ csv: file(',2026-10-05,B,voucher,5.00,,MGV-7Q2K,') }));
    expect(result.problems).toEqual([{ line: 2, column: 'compensation_code', reason: "MGV-7Q2K is already a voucher's code in Makegood; each voucher has its own" }]);
    expect(snapshot(t.core.db)).toBe(before);
  });

  it.each([
    ['a malformed code', ',2026-10-02,A,voucher,5.00,,MGV-0OIL,', 'compensation_code', /“MGV-0OIL” is not a voucher code/],
    ['a code on a refund', ',2026-10-02,A,refund,5.00,,MGV-7Q2K,', 'compensation_code', /only a voucher has a code, and this compensation is a refund/],
    ['a redemption without a code', ',2026-10-02,A,voucher,5.00,,,2026-10-05', 'compensation_redeemed_at', /a redeemed voucher needs its code in compensation_code/],
    ['a redemption before it was given', ',2026-10-02,A,voucher,5.00,2026-10-04,MGV-7Q2K,2026-10-03', 'compensation_redeemed_at', /redeemed before it was given/],
    ['a redemption in the future', ',2026-10-02,A,voucher,5.00,,MGV-7Q2K,2026-12-25', 'compensation_redeemed_at', /future/],
  ])('refuses %s on its line', async (_what, row, column, reason) => {
    const before = snapshot(t.core.db);
    const result = await t.call('data.import', await t.staged({ csv: file(',2026-10-01,Fine,voucher,1.00,,,', row) }));
    expect(result.written).toBe(false);
    expect(result.problems).toEqual([{ line: 3, column, reason: expect.stringMatching(reason) }]);
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('skips only the bad line when asked, and the good vouchers keep their codes', async () => {
    const result = await t.call('data.import', await t.staged({ csv: file(',2026-10-02,A,voucher,5.00,,MGV-7Q2K,', ',2026-10-04,C,voucher,5.00,,MGV-7Q2K,'), skipBadRows: true }));
    expect(result).toMatchObject({ written: true, incidents: 1 });
    expect(codes().map((c) => c.code)).toEqual(['MGV-7Q2K']);
  });
});
