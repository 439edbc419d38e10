// A cheap first pass in SQLite before redacting in JS: a row that cannot mention the person is
// skipped there, so erasing reads only the few rows that may (100,000 incidents, most of them
// about other people). It may let a row through that does not mention them; it must never hold
// back one that does, so each test is the weakest thing a mention must contain.
import { MIN_PHONE_DIGITS } from '../../../../shared/phone';
import type { Dialect } from '../db/engine';
import type { Terms } from './redact';

// The same number, in whatever format, ends in the same MIN_PHONE_DIGITS digits (shared/phone.ts):
// they are written in that order, whatever is between them.
const inOrder = (digits: string) => `*${[...digits.slice(-MIN_PHONE_DIGITS)].join('*')}*`;
// LIKE ignores the case of ASCII letters only: a word with none to look for is found among rows with any other character.
const NOT_ASCII = '*[^\u0001-\u007f]*';
// PostgreSQL has no GLOB: the same two patterns as regular expressions (`~`), unanchored as `*…*` is.
const inOrderRegex = (digits: string) => [...digits.slice(-MIN_PHONE_DIGITS)].join('.*');
const NOT_ASCII_REGEX = '[^\\x01-\\x7f]';

/** The longest run of printable ASCII in a piece of the word between spaces (any spacing matches, redact.ts). */
function asciiNeedle(word: string): string {
  const runs = word.split(/\s+/).flatMap((piece) => piece.match(/[\u0021-\u007e]+/g) ?? []);
  return runs.reduce((a, b) => (b.length > a.length ? b : a), '');
}

const likePattern = (needle: string) => `%${needle.replace(/[\\%_]/g, '\\$&')}%`;

export interface SqlFilter {
  sql: string;
  params: string[];
}

/**
 * SQL that is true for a row where one of `columns` (names from our code, never input) may
 * mention the person. The columns are tested as one text, a line break between them: no needle
 * holds a line break, so none is found across two columns.
 */
export function mentionFilter(terms: Terms, columns: readonly string[], dialect: Dialect = 'sqlite'): SqlFilter {
  const pg = dialect === 'postgres';
  const likes = new Set<string>();
  const globs = new Set<string>();
  for (const word of terms.words) {
    const needle = asciiNeedle(word);
    if (needle.length < 2) {
      globs.add(pg ? NOT_ASCII_REGEX : NOT_ASCII);
      continue;
    }
    likes.add(likePattern(needle));
    // JSON text (five whys, drafts, compensation events) stores a quote or a backslash escaped.
    likes.add(likePattern(JSON.stringify(needle).slice(1, -1)));
  }
  for (const phone of terms.phones) globs.add(pg ? inOrderRegex(phone) : inOrder(phone));
  if (likes.size + globs.size === 0) return { sql: pg ? 'false' : '0', params: [] };
  const text = columns.length === 1 ? columns[0]! : columns.map((c) => `coalesce(${c}, '')`).join(pg ? ' || chr(10) || ' : ' || char(10) || ');
  // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE ignores all case: it lets more rows through, never fewer.
  const [like, glob] = pg ? ['ILIKE', '~'] : ['LIKE', 'GLOB'];
  const tests = [...[...likes].map(() => `${text} ${like} ? ESCAPE '\\'`), ...[...globs].map(() => `${text} ${glob} ?`)];
  return { sql: `(${tests.join(' OR ')})`, params: [...likes, ...globs] };
}
