// Replacing a customer's name, phone and email wherever they were typed as text.

export const ERASED = '[erased]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words to remove for a person: the full name and each part of it of three letters or more,
 * the phone and the email, as typed. Matched whole (not inside a longer word), ignoring case.
 */
export function termsFor(people: ReadonlyArray<{ name: string; phone: string; email: string }>): string[] {
  const terms = new Set<string>();
  for (const p of people) {
    for (const t of [p.name, ...p.name.split(/\s+/u).filter((w) => w.length >= 3), p.phone, p.email]) {
      const trimmed = t.trim();
      if (trimmed.length >= 2) terms.add(trimmed);
    }
  }
  // Longest first, so "Jane Doe" becomes one [erased], not "[erased] [erased]".
  return [...terms].sort((a, b) => b.length - a.length);
}

/** A function that redacts the terms from text; JSON text (drafts, five whys, compensation events) is redacted value by value. */
export function redactor(terms: readonly string[]): (text: string) => string {
  if (terms.length === 0) return (text) => text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const plain = (text: string) => text.replace(re, ERASED);
  const deep = (value: unknown): unknown => {
    if (typeof value === 'string') return plain(value);
    if (Array.isArray(value)) return value.map(deep);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
    return value;
  };
  return (text) => {
    // Left exactly as it was (JSON formatting too) when none of the terms is in it.
    if (text.search(re) === -1) return text;
    if (/^\s*[[{]/.test(text)) {
      try {
        return JSON.stringify(deep(JSON.parse(text)));
      } catch {
        // Not JSON after all: redact it as text.
      }
    }
    return plain(text);
  };
}
