// Voucher codes (docs/domain.md, "Vouchers"): each compensation of kind voucher carries a short
// code the customer brings back. Drawn here for every path that writes one (the app, CSV import,
// the demo, old files on open), from a crypto-random source, never Math.random.
import { randomBytes } from 'node:crypto';
import { addDays, endOfDay } from 'date-fns';
import { CODE_MAX, CODE_MIN, VOUCHER_ALPHABET, VOUCHER_PREFIX } from '../../../../shared/voucherCode';
import type { Db } from '../db/open';
import { getSettings } from '../repos/settings';
import { statement } from './statements';

/** n random bytes; tests hand in a seeded one to force collisions. */
export type RandomSource = (n: number) => Uint8Array;

// 248 = 8 × 31: bytes from 248 up are drawn again, so every character is equally likely.
const FAIR_LIMIT = Math.floor(256 / VOUCHER_ALPHABET.length) * VOUCHER_ALPHABET.length;
/** Collisions allowed at one length before the code grows by a character. */
const TRIES_PER_LENGTH = 3;

export function drawCode(length: number, random: RandomSource = randomBytes): string {
  let body = '';
  while (body.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < FAIR_LIMIT && body.length < length) body += VOUCHER_ALPHABET[byte % VOUCHER_ALPHABET.length];
    }
  }
  return VOUCHER_PREFIX + body;
}

/**
 * A code nobody has, deleted entries included (the index compensations_code): four characters,
 * and one more after each few collisions, so it stays short while codes are few and never fails.
 */
export function newVoucherCode(isTaken: (code: string) => boolean, random: RandomSource = randomBytes): string {
  for (let length = CODE_MIN; length <= CODE_MAX; length += 1) {
    for (let attempt = 0; attempt < TRIES_PER_LENGTH; attempt += 1) {
      const code = drawCode(length, random);
      if (!isTaken(code)) return code;
    }
  }
  // 31^12 codes: reaching this means the random source is broken, not that codes ran out.
  throw new Error('No free voucher code could be drawn: the random source repeats itself.');
}

export const codeTaken = (db: Db) => {
  const find = statement(db, 'SELECT 1 FROM compensations WHERE code = ?').pluck();
  return (code: string) => find.get(code) !== undefined;
};

/** A new code for an entry about to be written in `db`. */
export const codeFor = (db: Db, random?: RandomSource) => newVoucherCode(codeTaken(db), random);

/**
 * When a voucher given at `givenAt` expires under the shop's setting: the end of the local day
 * `voucherValidDays` after it was given (given on 3 Oct with 30 days: valid to 2 Nov 23:59:59.999),
 * or null when the shop sets no expiry. Fixed when the voucher is given.
 */
export function expiryFor(db: Db, givenAt: string): string | null {
  const days = getSettings(db).voucherValidDays;
  return days === null ? null : endOfDay(addDays(new Date(givenAt), days)).toISOString();
}

/**
 * Gives a code to every voucher written before codes existed (code NULL), deleted ones included,
 * so a code is never given twice. No expiry: none was promised when they were given. Idempotent:
 * a second open finds nothing to do. Runs when the app or `serve` opens the file to write.
 */
export function giveMissingCodes(db: Db, random?: RandomSource): number {
  const ids = db.prepare("SELECT id FROM compensations WHERE kind = 'voucher' AND code IS NULL").pluck().all() as number[];
  if (ids.length === 0) return 0;
  return db.transaction(() => {
    const set = statement(db, 'UPDATE compensations SET code = ? WHERE id = ? AND code IS NULL');
    for (const id of ids) set.run(codeFor(db, random), id);
    return ids.length;
  })();
}
