// vouchers_given and vouchers_redeemed (docs/domain.md, "Figures") on hand-made data at the month's
// edges, on the shop's clock (New York): a voucher counts for the month it was given, and its
// redemption counts for that month whenever it came back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inZone } from '../support/zone';
import { tempCore, type TempCore } from '../support/core';

inZone('America/New_York');

let t: TempCore;
let sam: number;
let incident: number;
/** A local wall-clock time in New York, as the stored instant. */
const local = (text: string) => new Date(text).toISOString();

beforeEach(async () => {
  t = tempCore(new Date(local('2026-11-20T12:00:00')));
  sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 100_000 })).id;
  incident = (await t.call('incidents.create', { whatHappened: 'Burnt toast', occurredAt: local('2026-09-30T20:00:00') })).incident.id;
});
afterEach(() => t.cleanup());

const give = async (givenAt: string, kind: 'voucher' | 'refund' = 'voucher') =>
  t.call('compensations.add', { incidentId: incident, kind, cost: 500, givenById: sam, givenAt: local(givenAt) });
const redeem = async (code: string, at: string) => {
  t.setNow(new Date(local(at)));
  await t.call('vouchers.redeem', { code });
  t.setNow(new Date(local('2026-11-20T12:00:00')));
};
const figures = async (month: string) => {
  const f = await t.call('figures.month', { month });
  return [f.vouchers_given, f.vouchers_redeemed];
};

describe('vouchers given and redeemed', () => {
  it('count a voucher given at 23:59 on the last local day for that month, redeemed the next', async () => {
    await give('2026-09-30T23:59:00'); // September, although it is already 1 October in UTC
    const lastMinute = await give('2026-10-31T23:59:00');
    await give('2026-11-01T00:00:00'); // November
    await give('2026-10-10T12:00:00', 'refund'); // not a voucher
    await redeem(lastMinute.code!, '2026-11-02T09:00:00');
    expect(await figures('2026-09')).toEqual([1, 0]);
    expect(await figures('2026-10')).toEqual([1, 1]); // redeemed in November, counted for October
    expect(await figures('2026-11')).toEqual([1, 0]);
  });

  it('leave out a removed voucher and those of a deleted incident, and count an expired one as given', async () => {
    await t.call('settings.update', { voucherValidDays: 1 });
    const kept = await give('2026-10-05T10:00:00');
    const removed = await give('2026-10-06T10:00:00');
    await redeem(kept.code!, '2026-10-06T09:00:00');
    await t.call('compensations.remove', { id: removed.id });
    await give('2026-10-07T10:00:00'); // expired unredeemed: given all the same
    expect(await figures('2026-10')).toEqual([2, 1]);
    await t.call('incidents.remove', { id: incident });
    expect(await figures('2026-10')).toEqual([0, 0]);
  });
});
