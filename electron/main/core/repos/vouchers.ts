// Vouchers read by code or id (docs/domain.md, "Vouchers"): what a code means now, and what its slip prints.
import { formatDate, formatMoney } from '../../../../shared/format';
import type { Voucher, VoucherFound, VoucherSlip, VoucherStatus } from '../../../../shared/schemas/voucher';
import { codeCandidates, shownCode } from '../../../../shared/voucherCode';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { withoutStaffNames } from '../domain/slipText';
import { getSettings } from './settings';

export interface VoucherRow {
  id: number;
  incident_id: number;
  ref: string;
  code: string;
  description: string;
  cost: number;
  given_at: string;
  expires_at: string | null;
  redeemed_at: string | null;
  deleted_at: string | null;
  incident_deleted_at: string | null;
  outcome: string;
}

const SELECT = `SELECT c.id, c.incident_id, i.ref, c.code, c.description, c.cost, c.given_at, c.expires_at, c.redeemed_at,
  c.deleted_at, i.deleted_at AS incident_deleted_at, i.outcome
  FROM compensations c JOIN incidents i ON i.id = c.incident_id`;

/** The voucher a typed code means, deleted or not; undefined when no voucher has it. */
export function voucherByCode(db: Db, typed: string): VoucherRow | undefined {
  const find = db.prepare(`${SELECT} WHERE c.code = ?`);
  for (const code of codeCandidates(typed)) {
    const row = find.get(code) as VoucherRow | undefined;
    if (row) return row;
  }
  return undefined;
}

export function voucherById(db: Db, id: number): VoucherRow | undefined {
  return db.prepare(`${SELECT} WHERE c.id = ? AND c.code IS NOT NULL`).get(id) as VoucherRow | undefined;
}

/** Removed wins over redeemed, redeemed over expired: what the person at the counter must know first. */
export function statusOf(row: VoucherRow, now: string): VoucherStatus {
  if (row.deleted_at !== null || row.incident_deleted_at !== null) return 'removed';
  if (row.redeemed_at !== null) return 'redeemed';
  if (row.expires_at !== null && row.expires_at < now) return 'expired';
  return 'valid';
}

export const toVoucher = (row: VoucherRow, now: string): Voucher => ({
  id: row.id,
  incidentId: row.incident_id,
  incidentRef: row.ref,
  code: row.code,
  description: row.description,
  cost: row.cost,
  givenAt: row.given_at,
  expiresAt: row.expires_at,
  redeemedAt: row.redeemed_at,
  status: statusOf(row, now),
});

/** What a code means, in one sentence: the refusal a redemption would give, or what it is worth. */
export function voucherSentence(db: Db, row: VoucherRow | undefined, typed: string, now: string): string {
  if (!row) return say('records.voucher.noCode', { code: shownCode(typed) });
  const f = getSettings(db);
  const { code, ref } = row;
  switch (statusOf(row, now)) {
    case 'removed':
      return row.incident_deleted_at !== null ? say('records.voucher.onDeletedIncident', { code, ref }) : say('records.voucher.removed', { code, ref });
    case 'redeemed':
      return say('records.voucher.redeemed', { code, date: formatDate(row.redeemed_at!, f) });
    case 'expired':
      return say('records.voucher.expired', { code, date: formatDate(row.expires_at!, f) });
    case 'valid': {
      const worth = row.description.trim() || formatMoney(row.cost, f);
      return row.expires_at === null
        ? say('records.voucher.validNoExpiry', { code, worth, ref })
        : say('records.voucher.validUntil', { code, worth, ref, date: formatDate(row.expires_at, f) });
    }
  }
}

export function findVoucher(db: Db, typed: string, now: string): VoucherFound {
  const row = voucherByCode(db, typed);
  return { voucher: row ? toVoucher(row, now) : null, sentence: voucherSentence(db, row, typed, now) };
}

/** Search's voucher: found by what was typed; an unknown code only when typed with MGV (a word like "cake" is code-shaped too). */
export function voucherSearch(db: Db, typed: string, now: string): VoucherFound | null {
  if (codeCandidates(typed).length === 0) return null;
  const found = findVoucher(db, typed, now);
  return found.voucher !== null || /^\s*mgv/i.test(typed) ? found : null;
}

/** The slip for a voucher; undefined when the entry is not a voucher. */
export function voucherSlip(db: Db, id: number): VoucherSlip | undefined {
  const row = voucherById(db, id);
  if (!row) return undefined;
  const s = getSettings(db);
  return {
    businessName: s.businessName,
    locale: s.locale,
    language: s.language,
    paper: s.slipPaper,
    code: row.code,
    item: withoutStaffNames(db, row.description),
    value: row.cost > 0 ? formatMoney(row.cost, s) : '',
    expiresAt: row.expires_at,
    apology: s.voucherApology,
  };
}
