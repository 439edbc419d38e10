// A slip never names staff (docs/domain.md, "Vouchers"): the customer keeps it, and a staff
// member's name written into the entry's description ("coffee, on Dana") is taken out, with the
// words that only tied it on. The same matching as erasing a customer (redact.ts): whole names
// and each part of three letters or more, any case.
import type { Db } from '../db/open';
import { ERASED, staffRedactor } from './redact';

const TIE_WORDS = /(?:\s+(?:from|by|with|on|per|via|approved|given|thanks\s+to))+\s*$/i;
const EDGE_MARKS = /^[\s,;:.\-–—/()]+|[\s,;:\-–—/(]+$/g;

/** `text` with every staff member's name (active or not) removed, tidied; '' when only names were left. */
export function withoutStaffNames(db: Db, text: string): string {
  const parts = staffRedactor(db)(text)
    .split(ERASED)
    .map((part, i, all) => (i < all.length - 1 ? part.replace(TIE_WORDS, '') : part));
  const joined = parts.join(' ').replace(/\s+/g, ' ').replace(/\(\s*\)/g, '').replace(EDGE_MARKS, '').trim();
  return /[\p{L}\p{N}]/u.test(joined) ? joined : '';
}
