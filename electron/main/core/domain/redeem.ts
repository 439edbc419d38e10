// Redeeming a voucher (docs/domain.md, "Vouchers"): the customer brings the code back. It is
// stamped once; the incident's timeline says so; its outcome becomes retained, unless someone
// already set one by hand (only 'unknown' is changed). A code that cannot be redeemed is refused
// in one sentence, the same one vouchers.find shows.
import { AppError } from '../../../../shared/result';
import type { Voucher } from '../../../../shared/schemas/voucher';
import type { Db } from '../db/open';
import { statusOf, toVoucher, voucherByCode, voucherSentence } from '../repos/vouchers';
import { recordEvent } from './events';
import { statement } from './statements';

/** The timeline's field for a redemption ('changed' from null to the instant): incident_events' kinds are fixed. */
export const REDEEMED_FIELD = 'compensation.redeemedAt';

export function redeemVoucher(db: Db, typed: string, now: string): Voucher {
  return db.transaction(() => {
    const row = voucherByCode(db, typed);
    if (!row) throw new AppError('NOT_FOUND', voucherSentence(db, row, typed, now));
    if (statusOf(row, now) !== 'valid') throw new AppError('CONFLICT', voucherSentence(db, row, typed, now));
    statement(db, 'UPDATE compensations SET redeemed_at = ?, updated_at = ? WHERE id = ? AND redeemed_at IS NULL').run(now, now, row.id);
    recordEvent(db, row.incident_id, now, 'changed', REDEEMED_FIELD, row.code, now);
    if (row.outcome === 'unknown') {
      statement(db, "UPDATE incidents SET outcome = 'retained' WHERE id = ?").run(row.incident_id);
      recordEvent(db, row.incident_id, now, 'changed', 'outcome', 'unknown', 'retained');
    }
    statement(db, 'UPDATE incidents SET updated_at = ? WHERE id = ?').run(now, row.incident_id);
    return toVoucher({ ...row, redeemed_at: now }, now);
  })();
}
