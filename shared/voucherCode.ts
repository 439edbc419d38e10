// A voucher's code as people see and type it (docs/domain.md, "Vouchers"): "MGV-" and 4 to 12
// characters from an alphabet with no look-alikes (no 0, O, 1, I or L), the same rule as the
// database's CHECK (migration 0011).

export const VOUCHER_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VOUCHER_PREFIX = 'MGV-';
export const CODE_MIN = 4;
export const CODE_MAX = 12;

const BODY = new RegExp(`^[${VOUCHER_ALPHABET}]{${CODE_MIN},${CODE_MAX}}$`);

/** True for a code exactly as it is stored. */
export const isVoucherCode = (code: string) => code.startsWith(VOUCHER_PREFIX) && BODY.test(code.slice(VOUCHER_PREFIX.length));

/**
 * The stored codes a person may have meant by what they typed: any case, with or without "MGV",
 * spaces and dashes anywhere. Usually one; two when the characters after a leading "MGV" could be
 * a code's own start ("MGV2345" is MGV-2345, or a code MGV-MGV2345). Empty: not a code at all.
 */
export function codeCandidates(typed: string): string[] {
  const squeezed = typed.toUpperCase().replace(/[\s\-‐‑–—_]/g, '');
  const found: string[] = [];
  if (squeezed.startsWith('MGV') && BODY.test(squeezed.slice(3))) found.push(VOUCHER_PREFIX + squeezed.slice(3));
  if (BODY.test(squeezed)) found.push(VOUCHER_PREFIX + squeezed);
  return found;
}

/** The one code typed, as stored, or null when it is not a code (or could be two). */
export const normalizeCode = (typed: string): string | null => {
  const found = codeCandidates(typed);
  return found.length >= 1 ? found[0]! : null;
};

/** What a person typed, shown back in a sentence: the stored form when it reads as a code. */
export const shownCode = (typed: string) => normalizeCode(typed) ?? typed.trim().toUpperCase();
