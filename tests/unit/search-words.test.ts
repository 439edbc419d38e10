import { describe, expect, it } from 'vitest';
import { LONGEST_TOKEN, NO_MATCH, pgTokens, toTsQuery } from '../../electron/main/core/repos/incidents/searchWords';

describe('a search as a PostgreSQL tsquery', () => {
  it('splits a text as makegood_words does: accents off, A-Z lowered, split at anything not 0-9 a-z', () => {
    expect(pgTokens('Crème BRÛLÉE, naïve Ångström')).toEqual(['creme', 'brulee', 'naive', 'angstrom']);
    expect(pgTokens("O'Brien e-mail x@y.com 19.99")).toEqual(['o', 'brien', 'e', 'mail', 'x', 'y', 'com', '19', '99']);
    // The words column's "C" collation: a letter NFD leaves non-ASCII separates words.
    expect(pgTokens('Straße Søren καφές')).toEqual(['stra', 'e', 's', 'ren']);
    expect(pgTokens('İstanbul')).toEqual(['istanbul']);
  });

  it('every word a prefix, a word of several tokens a phrase whose last token is the prefix, words ANDed', () => {
    expect(toTsQuery('cold  Soup')).toBe("'cold':* & 'soup':*");
    expect(toTsQuery("O'Brien")).toBe("'o' <-> 'brien':*");
    expect(toTsQuery("late o'bri")).toBe("'late':* & ('o' <-> 'bri':*)");
    expect(toTsQuery('say "hi" OR NEAR(x)')).toBe("'say':* & 'hi':* & 'or':* & ('near' <-> 'x':*)");
    // As toFtsQuery: '"' is taken out of a word, not a split.
    expect(toTsQuery('say"hi')).toBe("'sayhi':*");
  });

  it('nothing typed is null; a word with no token the index can hold matches nothing', () => {
    expect(toTsQuery('  " * ')).toBeNull();
    expect(toTsQuery('cold καφές')).toBe(NO_MATCH);
  });

  it('a token too long for a lexeme is searched by its beginning', () => {
    expect(toTsQuery('a'.repeat(3000))).toBe(`'${'a'.repeat(LONGEST_TOKEN)}':*`);
  });
});
