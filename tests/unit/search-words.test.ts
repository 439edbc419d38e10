import { describe, expect, it } from 'vitest';
import { LONGEST_TOKEN, NO_MATCH, PAIR_TOKEN, pgSearch, pgTokens, toTsQuery } from '../../electron/main/core/repos/incidents/searchWords';

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

describe('a search as the shared database\'s indexes answer it', () => {
  it('a token and a number ("MG-2") is looked up in the pairs index; every other word in the words index', () => {
    expect(pgSearch('MG-2')).toEqual({ fts: "'mg' <-> '2':*", where: 'makegood_number_pairs(words) @@ :pairs::tsquery', params: { pairs: "'mg|2':*" } });
    expect(pgSearch('cold MG-2 19.99')).toEqual({
      fts: "'cold':* & ('mg' <-> '2':*) & ('19' <-> '99':*)",
      where: 'words @@ :words::tsquery AND makegood_number_pairs(words) @@ :pairs::tsquery',
      params: { words: "'cold':*", pairs: "'mg|2':* & '19|99':*" },
    });
    expect(pgSearch("O'Brien cold")).toEqual({ fts: "('o' <-> 'brien':*) & 'cold':*", where: 'words @@ :words::tsquery', params: { words: "('o' <-> 'brien':*) & 'cold':*" } });
  });

  it('the phrase stays a phrase where the pairs could not answer it exactly', () => {
    // Three tokens; a number that is not 0-9; the second token not a number; tokens longer than a pair keeps.
    for (const q of ['555-867-5309', 'mg-٣', 'mg-x2', `${'a'.repeat(PAIR_TOKEN + 1)}-1`, `mg-${'1'.repeat(PAIR_TOKEN + 1)}`]) {
      const search = pgSearch(q)!;
      expect(search.params, q).toEqual({ words: toTsQuery(q) });
      expect(search.fts, q).toBe(toTsQuery(q));
    }
    expect(pgSearch(`${'a'.repeat(PAIR_TOKEN)}-${'1'.repeat(PAIR_TOKEN)}`)!.params).toEqual({ pairs: `'${'a'.repeat(PAIR_TOKEN)}|${'1'.repeat(PAIR_TOKEN)}':*` });
  });

  it('nothing typed is null; a word with no token matches nothing', () => {
    expect(pgSearch(' " ')).toBeNull();
    expect(pgSearch('MG-2 ½')).toEqual({ fts: NO_MATCH, where: 'words @@ :words::tsquery', params: { words: NO_MATCH } });
  });
});
