// A voucher's state in words, as the incident page and search show it.
import type { VoucherStatus } from '../../../shared/schemas/voucher';

interface Stamps {
  expiresAt: string | null;
  redeemedAt: string | null;
}

/** The status of an entry still on its incident, at `now` (the core says 'removed' for the others). */
export const statusAt = (v: Stamps, now = Date.now()): VoucherStatus =>
  v.redeemedAt !== null ? 'redeemed' : v.expiresAt !== null && Date.parse(v.expiresAt) < now ? 'expired' : 'valid';

export function statusWords(v: Stamps & { status?: VoucherStatus }, date: (iso: string) => string, now = Date.now()): string {
  switch (v.status ?? statusAt(v, now)) {
    case 'redeemed':
      return `Redeemed on ${date(v.redeemedAt!)}`;
    case 'expired':
      return `Expired on ${date(v.expiresAt!)}`;
    case 'removed':
      return 'Removed';
    case 'valid':
      return v.expiresAt === null ? 'Valid, no expiry' : `Valid until ${date(v.expiresAt)}`;
  }
}

export const STATUS_COLORS: Record<VoucherStatus, string> = { valid: 'teal', redeemed: 'blue', expired: 'orange', removed: 'gray' };
