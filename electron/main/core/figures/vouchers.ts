// docs/domain.md, "Figures": vouchers_given, the vouchers given in the period (not removed), and
// vouchers_redeemed, how many of those same vouchers have come back by now, whenever that was: an
// October voucher redeemed in November counts for October. Straight down compensations_vouchers.
import type { Db } from '../db/open';

export interface VoucherCounts {
  given: number;
  redeemed: number;
}

export function voucherCounts(db: Db, fromIso: string, toIso: string): VoucherCounts {
  return db
    .prepare(
      `SELECT count(*) AS given, count(redeemed_at) AS redeemed FROM compensations
       WHERE kind = 'voucher' AND deleted_at IS NULL AND given_at >= ? AND given_at < ?`,
    )
    .get(fromIso, toIso) as VoucherCounts;
}
