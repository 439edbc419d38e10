// When two customer records are one person (docs/domain.md, "Returning customers"): their names
// agree AND they share a phone number (by its digits) or an email. Pure: the core's lookups, the
// figure and the tests use it; the candidates come from the indexes (core/repos/people.ts).
import { MIN_PHONE_DIGITS, phoneDigits, samePhone } from './phone';

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

/** An email as the index customers_email holds it: `lower(trim(email))`, SQLite's lower() being ASCII-only. */
export const emailKey = (email: string): string => email.replace(/^ +| +$/g, '').replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The same email, case and surrounding spaces ignored; an empty one is nobody's. */
export function sameEmail(a: string, b: string): boolean {
  const ka = emailKey(a.trim());
  return ka !== '' && ka === emailKey(b.trim());
}

/** A name's words, case-, accent- and spacing-blind: "  Zoë  O'Neil-Smith " → ["zoe", "oneil", "smith"]. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Whether two names can be one person's: the first words equal, and each further word of the
 * shorter name matches, in order, a word of the longer one that it begins or that begins it.
 * "Dana" and "Dana Whitlock" agree, "Dana W." and "Dana Whitlock" agree; "Dana Whitlock" and
 * "Dana Smith" do not (another surname); a blank name agrees with nothing.
 */
export const namesAgree = (a: string, b: string): boolean => wordsAgree(nameWords(a), nameWords(b));

/** namesAgree on names already split by nameWords (for comparing many records). */
export function wordsAgree(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length === 0 || wb.length === 0) return false;
  // Spacing-blind: "Mary Jane" and "Maryjane".
  if (wa.join('') === wb.join('')) return true;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter[0] !== longer[0]) return false;
  let at = 1;
  for (const word of shorter.slice(1)) {
    while (at < longer.length && !compatible(word, longer[at]!)) at++;
    if (at === longer.length) return false;
    at++;
  }
  return true;
}

/** A shared phone number (by its digits) or a shared email. */
export const sameContact = (a: Contact, b: Contact): boolean => samePhone(a.phone, b.phone) || sameEmail(a.email, b.email);

/** One person: names agree and a phone or an email is shared. A shared name alone, or a shared phone alone (a family), is not. */
export const samePerson = (a: Contact, b: Contact): boolean => namesAgree(a.name, b.name) && sameContact(a, b);

/** Whether a typed name with a phone or an email is enough to look the person up. */
export const canMatch = (c: Contact): boolean => nameWords(c.name).length > 0 && (phoneDigits(c.phone).length >= MIN_PHONE_DIGITS || emailKey(c.email.trim()) !== '');
