// A word search on PostgreSQL: what a person typed as a tsquery over incidents_fts.words, matching
// the words SQLite's FTS5 matches for toFtsQuery (list.ts). The words column holds what the PG
// baseline's makegood_words() made of the text; the query's words are split here the same way.
/** The combining marks makegood_words takes off after NFD (so "Crème" is "creme", as FTS5's remove_diacritics 2 has it). */
const MARKS: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
const isMark = (ch: string) => MARKS.some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to);

/**
 * A lexeme in the index is at most 2047 bytes; makegood_words must not be fed longer ones. A typed
 * word longer than this is searched by its beginning, so a query never fails on its length.
 */
export const LONGEST_TOKEN = 511;

/**
 * The tokens makegood_words makes of a text. It splits in ICU's root collation: lower() is
 * Unicode's, and [:alnum:] is a letter (L) or a decimal digit (Nd), so "Straße", "Søren", Greek,
 * Cyrillic and CJK words stay whole, as FTS5 keeps them (tests/integration/pg-search-words.test.ts
 * shows the few places where the two still differ).
 */
export function pgTokens(text: string): string[] {
  return Array.from(text.normalize('NFD'))
    .filter((ch) => !isMark(ch))
    .join('')
    .toLowerCase()
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter((w) => w !== '');
}

/** A tsquery that matches nothing: makegood_words splits at every '.', so no lexeme is one. */
export const NO_MATCH = "'.'";

const lexeme = (token: string) => `'${token.replaceAll("'", "''").replaceAll('\\', '\\\\')}'`;

/**
 * What a person typed as a tsquery, word for word as toFtsQuery's `"word"*`: every word must
 * match; a word is a prefix (`'tok':*`); a word the index splits into several tokens ("O'Brien")
 * is a phrase whose last token is the prefix (`'o' <-> 'brien':*`). A word with no token the index
 * can hold matches nothing, as it could not be found in the text either. Null when nothing is typed.
 */
export function toTsQuery(text: string): string | null {
  // As toFtsQuery: split at spaces and control characters, '"' taken out, a word has a letter or digit.
  const words = text
    .split(/[\s\p{Cc}]+/u)
    .map((w) => w.replaceAll('"', ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  const phrases: string[] = [];
  for (const word of words) {
    const tokens = pgTokens(word);
    if (tokens.length === 0) return NO_MATCH;
    const last = tokens.length - 1;
    phrases.push(
      tokens
        .map((t, k) => (t.length > LONGEST_TOKEN ? `${lexeme(t.slice(0, LONGEST_TOKEN))}:*` : k === last ? `${lexeme(t)}:*` : lexeme(t)))
        .join(' <-> '),
    );
  }
  return phrases.map((p) => (phrases.length > 1 && p.includes('<->') ? `(${p})` : p)).join(' & ');
}
