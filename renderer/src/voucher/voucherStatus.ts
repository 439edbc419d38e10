// A voucher's state in words, as the incident page and search show it.
import type { VoucherStatus } from '../../../shared/schemas/voucher';
import type { useT } from '../lib/useT';

interface Stamps {
  expiresAt: string | null;
  redeemedAt: string | null;
}

/** The status of an entry still on its incident, at `now` (the core says 'removed' for the others). */
export const statusAt = (v: Stamps, now = Date.now()): VoucherStatus =>
  v.redeemedAt !== null ? 'redeemed' : v.expiresAt !== null && Date.parse(v.expiresAt) < now ? 'expired' : 'valid';

export function statusWords(v: Stamps & { status?: VoucherStatus }, date: (iso: string) => string, t: ReturnType<typeof useT>, now = Date.now()): string {
  switch (v.status ?? statusAt(v, now)) {
    case 'redeemed':
      return t('voucher.status.redeemedOn', { date: date(v.redeemedAt!) });
    case 'expired':
      return t('voucher.status.expiredOn', { date: date(v.expiresAt!) });
    case 'removed':
      return t('voucher.status.removed');
    case 'valid':
      return v.expiresAt === null ? t('voucher.status.validNoExpiry') : t('voucher.status.validUntil', { date: date(v.expiresAt) });
  }
}

export const STATUS_COLORS: Record<VoucherStatus, string> = { valid: 'teal', redeemed: 'blue', expired: 'orange', removed: 'gray' };
