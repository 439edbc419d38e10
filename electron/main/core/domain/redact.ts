// Replacing a person's name, phone and email wherever they were typed as text.
import { MIN_PHONE_DIGITS, phoneDigits, phoneSpans } from '../../../../shared/phone';
import type { Db } from '../db/open';

export const ERASED = '[erased]';

export interface Contact {
  name: string;
  phone: string;
  email: string;
}

/**
 * What to look for. `words` are matched whole (not inside a longer word), ignoring case: the full
 * name, each part of it with three letters or more, the email, and a phone too short to compare by
 * its digits, as typed. `phones` are numbers as digits, found in any format (shared/phone.ts).
 */
export interface Terms {
  words: string[];
  phones: string[];
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

export function termsFor(people: readonly Contact[]): Terms {
  // Keyed ignoring case: "Zeb" and "zeb" are one word to look for.
  const words = new Map<string, string>();
  const phones = new Set<string>();
  const add = (word: string) => {
    const trimmed = word.trim();
    if (trimmed.length >= 2) words.set(trimmed.toLowerCase(), trimmed);
  };
  for (const p of people) {
    add(p.name);
    // "Anne-Marie Dupont": Anne, Marie and Dupont each name her.
    for (const part of p.name.split(/[\s\-\u2010\u2011]+/u)) if (letters(part) >= 3) add(part);
    add(p.email);
    const digits = phoneDigits(p.phone);
    if (digits.length >= MIN_PHONE_DIGITS) phones.add(digits);
    else add(p.phone);
  }
  // Longest first, so "Jane Doe" becomes one [erased], not "[erased] [erased]".
  return { words: [...words.values()].sort((a, b) => b.length - a.length), phones: [...phones] };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type Redact = (text: string) => string;

/**
 * A function that redacts the terms from text; JSON text (drafts, five whys, compensation events) is redacted value by value.
 * `replacement` stands where a term was: [erased] for an erasure; a follow-up message says "our team" (domain/followUpMessage.ts).
 */
export function redactor(terms: Terms, replacement = ERASED): Redact {
  // A name typed with two spaces or across a line break is still the name.
  const pattern = terms.words.map((w) => escape(w).replace(/\s+/g, '\\s+')).join('|');
  const words = pattern === '' ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');
  const plain = (text: string): string => {
    const named = words === null ? text : text.replace(words, replacement);
    let out = '';
    let at = 0;
    for (const span of phoneSpans(named, terms.phones)) {
      out += named.slice(at, span.start) + replacement;
      at = span.end;
    }
    return out + named.slice(at);
  };
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return plain(value);
    if (Array.isArray(value)) return value.map(deep);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
    return value;
  };
  return (text) => {
    if (/^\s*[[{]/.test(text)) {
      try {
        const parsed: unknown = JSON.parse(text);
        const redacted = JSON.stringify(deep(parsed));
        // Left exactly as it was (its formatting too) when none of the terms is in it.
        return redacted === JSON.stringify(parsed) ? text : redacted;
      } catch {
        // Not JSON after all: redact it as text.
      }
    }
    return plain(text);
  };
}

/**
 * Removes every staff member's name (active or not, the whole name or a part of three letters or
 * more) from text a customer will read: a voucher slip, a follow-up message or notice.
 */
export function staffRedactor(db: Db, replacement = ERASED): Redact {
  const names = db.prepare("SELECT name FROM staff WHERE trim(name) <> ''").pluck().all() as string[];
  return redactor(termsFor(names.map((name) => ({ name, phone: '', email: '' }))), replacement);
}
