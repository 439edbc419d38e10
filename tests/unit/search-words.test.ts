import { describe, expect, it } from 'vitest';
import { LONGEST_TOKEN, NO_MATCH, pgTokens, toTsQuery } from '../../electron/main/core/repos/incidents/searchWords';

describe('a search as a PostgreSQL tsquery', () => {
  it('splits a text as makegood_words does: accents off, lowered, split at anything not a letter or a decimal digit', () => {
    expect(pgTokens('Crème BRÛLÉE, naïve Ångström')).toEqual(['creme', 'brulee', 'naive', 'angstrom']);
    expect(pgTokens("O'Brien e-mail x@y.com 19.99")).toEqual(['o', 'brien', 'e', 'mail', 'x', 'y', 'com', '19', '99']);
    // ICU's root collation: every script's letters are letters; marks come off; ½ and ² are not decimal digits.
    expect(pgTokens('Straße Søren ΚΑΦΈΣ Кофе 東京タワー')).toEqual(['straße', 'søren', 'καφες', 'кофе', '東京タワー']);
    expect(pgTokens('½ x² ٣')).toEqual(['x', '٣']);
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
    expect(toTsQuery('cold ½')).toBe(NO_MATCH);
    expect(toTsQuery('cold καφές')).toBe("'cold':* & 'καφες':*");
  });

  it('a token too long for a lexeme is searched by its beginning', () => {
    expect(toTsQuery('a'.repeat(3000))).toBe(`'${'a'.repeat(LONGEST_TOKEN)}':*`);
  });
});
