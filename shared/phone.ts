// When two phone numbers are one person's: compared by their digits, whatever the format typed.
// "+1 (555) 867-5309", "(555) 867-5309" and "555.867.5309" are the same number with or without
// the country code; "867-5309" is the same number without the area code.

/** Fewer digits than this is an extension, a typo or a part of something else, never a person. */
export const MIN_PHONE_DIGITS = 7;

/** A number as its digits only (0-9). */
export const phoneDigits = (phone: string): string => phone.replace(/[^0-9]/g, '');

/** The same number, given as digits only: one ends in the other, and the shorter has MIN_PHONE_DIGITS or more. */
export function sameDigits(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_PHONE_DIGITS && longer.endsWith(shorter);
}

/** The same number, as typed in any format: "(555) 867-5309" and "+1 (555) 867-5309" are; "5309" and anything are not. */
export const samePhone = (a: string, b: string): boolean => sameDigits(phoneDigits(a), phoneDigits(b));

// Between the digit groups of one number: spaces, dots, dashes, slashes and brackets, a few at most.
const JOINER = /^[ \t\u00a0.\-/()]{1,4}$/;
// Digits before the number that still belong to it: a country code and its 00 or 011 prefix.
// More, and they are another number typed just before it ("5551234 867 5309").
const MAX_PREFIX_DIGITS = 4;

/**
 * Where `text` writes one of `numbers` (each given as digits, MIN_PHONE_DIGITS or more), in any
 * format: "555 867 5309", "555-867-5309", "(555) 867 5309" and "+1 555 867 5309" all write
 * 5558675309. Spans of whole digit groups, with a leading "+" or "(" taken along; never part of a
 * longer run of digits. Where a run of groups holds more than the number (another number before
 * it, a count after), only the groups that make the number are taken.
 */
export function phoneSpans(text: string, numbers: readonly string[]): { start: number; end: number }[] {
  if (numbers.length === 0) return [];
  const groups = [...text.matchAll(/[0-9]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, digits: m[0] }));
  const longest = Math.max(...numbers.map((n) => n.length));
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < groups.length) {
    // The longest run of joined groups from group i that is one of the numbers.
    let found = -1;
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      if (j > i && !JOINER.test(text.slice(groups[j - 1]!.end, groups[j]!.start))) break;
      digits += groups[j]!.digits;
      if (digits.length > longest + MAX_PREFIX_DIGITS) break;
      if (numbers.some((n) => sameDigits(digits, n) && digits.length - n.length <= MAX_PREFIX_DIGITS)) found = j;
    }
    if (found === -1) {
      i++;
      continue;
    }
    let start = groups[i]!.start;
    while (start > 0 && (text[start - 1] === '(' || text[start - 1] === '+')) start--;
    spans.push({ start, end: groups[found]!.end });
    i = found + 1;
  }
  return spans;
}
