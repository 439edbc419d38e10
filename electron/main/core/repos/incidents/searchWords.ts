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

/** A typed word's tokens: a phrase whose last token is a prefix (a lone token is a phrase of one). Null when nothing is typed; [] for a word with no token. */
function typedPhrases(text: string): string[][] | null {
  // As toFtsQuery: split at spaces and control characters, '"' taken out, a word has a letter or digit.
  const words = text
    .split(/[\s\p{Cc}]+/u)
    .map((w) => w.replaceAll('"', ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length === 0 ? null : words.map(pgTokens);
}

/** A phrase as a tsquery: its tokens adjacent (`'o' <-> 'brien':*`), the last one a prefix. */
function phraseQuery(tokens: readonly string[]): string {
  const last = tokens.length - 1;
  return tokens.map((t, k) => (t.length > LONGEST_TOKEN ? `${lexeme(t.slice(0, LONGEST_TOKEN))}:*` : k === last ? `${lexeme(t)}:*` : lexeme(t))).join(' <-> ');
}

const andAll = (phrases: readonly string[]) => phrases.map((p) => (phrases.length > 1 && p.includes('<->') ? `(${p})` : p)).join(' & ');

/**
 * What a person typed as a tsquery, word for word as toFtsQuery's `"word"*`: every word must
 * match; a word is a prefix (`'tok':*`); a word the index splits into several tokens ("O'Brien")
 * is a phrase whose last token is the prefix (`'o' <-> 'brien':*`). A word with no token the index
 * can hold matches nothing, as it could not be found in the text either. Null when nothing is typed.
 */
export function toTsQuery(text: string): string | null {
  const phrases = typedPhrases(text);
  if (phrases === null) return null;
  if (phrases.some((p) => p.length === 0)) return NO_MATCH;
  return andAll(phrases.map(phraseQuery));
}

/**
 * The longest token (in characters) of a pair in 0018's makegood_number_pairs: the first token
 * whole, the number cut to this many, so a pair is a lexeme of at most 513 bytes.
 */
export const PAIR_TOKEN = 64;

/** A token followed by a number ("MG-2", "555-12", "19.99"), as 0018's pairs hold it: `'mg|2':*`. Null when the pairs cannot answer the phrase exactly. */
function pairQuery(tokens: readonly string[]): string | null {
  if (tokens.length !== 2) return null;
  const [first, number] = tokens as [string, string];
  const fits = (t: string) => Array.from(t).length <= PAIR_TOKEN;
  return /^[0-9]/.test(number) && fits(first) && fits(number) ? `${lexeme(`${first}|${number}`)}:*` : null;
}

/** A word search on PostgreSQL: the whole tsquery, and the same matches as the GIN indexes answer them. */
export interface PgSearch {
  /** toTsQuery's text: what one incident's words are checked with (the journal's walk, PG_WALK_MATCH in list.ts). */
  fts: string;
  /** incidents_fts's rows that match (no alias), from its indexes alone, with `params`. */
  where: string;
  params: { words?: string; pairs?: string };
}

/**
 * The typed text as PostgreSQL's indexes answer it. A word of a token and a number ("MG-2", an
 * old ref's beginning) is a phrase that GIN cannot check: every incident holding both tokens
 * would be read again for their positions, and every ref holds "mg" (27,000 rows read for the
 * 11,111 that match "MG-2" at 100,000). Such a word is looked up in 0018's index of the pairs
 * (`'mg|2':*`), which holds exactly the incidents where the two tokens are adjacent, so nothing
 * is read again. Every other word is asked of incidents_fts.words as toTsQuery has it.
 */
export function pgSearch(text: string): PgSearch | null {
  const phrases = typedPhrases(text);
  if (phrases === null) return null;
  if (phrases.some((p) => p.length === 0)) return { fts: NO_MATCH, where: 'words @@ :words::tsquery', params: { words: NO_MATCH } };
  const fts = andAll(phrases.map(phraseQuery));
  const pairs: string[] = [];
  const words: string[] = [];
  for (const phrase of phrases) {
    const pair = pairQuery(phrase);
    if (pair === null) words.push(phraseQuery(phrase));
    else pairs.push(pair);
  }
  const params: PgSearch['params'] = {};
  const where: string[] = [];
  if (words.length > 0 || pairs.length === 0) {
    params.words = words.length > 0 ? andAll(words) : fts;
    where.push('words @@ :words::tsquery');
  }
  if (pairs.length > 0) {
    params.pairs = pairs.join(' & ');
    where.push('makegood_number_pairs(words) @@ :pairs::tsquery');
  }
  return { fts, where: where.join(' AND '), params };
}
