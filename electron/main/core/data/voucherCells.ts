// A voucher's two columns in a CSV (docs/domain.md, "CSV format"): compensation_code and
// compensation_redeemed_at. Read forgivingly like a typed code; the rules across cells of one row
// are here, and a code already used (in Makegood, or on another line of the file) is found by plan.ts.
import type { CsvColumn } from '../../../../shared/schemas/data';
import { CODE_MAX, CODE_MIN, normalizeCode, VOUCHER_ALPHABET } from '../../../../shared/voucherCode';
import { say } from '../i18n/speak';
import type { CompensationValues } from './rows';
import { CellError } from './values';

/** A code cell: '' is none (a voucher gets a new code), else the code as stored. */
export function readVoucherCode(text: string): string | null {
  if (text === '') return null;
  const code = normalizeCode(text);
  if (code === null) {
    throw new CellError(say('importing.voucher.badCode', { text: text.slice(0, 30), min: String(CODE_MIN), max: String(CODE_MAX), alphabet: VOUCHER_ALPHABET }));
  }
  return code;
}

/** The one problem with a row's voucher cells together, or null. */
export function voucherCellsProblem(
  c: CompensationValues,
  givenAt: string,
  named: (column: CsvColumn) => string,
): { column: CsvColumn; reason: string } | null {
  if (c.code !== null && c.kind !== 'voucher') {
    return { column: 'compensation_code', reason: say('importing.voucher.notVoucher', { kind: c.kind }) };
  }
  if (c.redeemed_at === null) return null;
  if (c.code === null) {
    return { column: 'compensation_redeemed_at', reason: say('importing.voucher.redeemedNoCode', { column: named('compensation_code') }) };
  }
  if (c.redeemed_at < givenAt) {
    return { column: 'compensation_redeemed_at', reason: say('importing.voucher.redeemedBeforeGiven') };
  }
  return null;
}
