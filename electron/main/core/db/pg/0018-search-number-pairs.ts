import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// A word typed as a token and a number, "MG-2" (an old ref's beginning), "555-12", "19.99", is a
// phrase: GIN finds every incident holding both tokens, and each is read again for the tokens'
// positions. Every ref holds "mg": "MG-2" read 27,000 rows again for its 11,111 matches (45 ms at
// 100,000, where SQLite's FTS5 takes 17). This index holds, for each incident, every token that
// stands just before a number, joined to that number ('mg|29999'), from the positions already in
// incidents_fts.words: the incidents where the two are adjacent, as the phrase has it, found from
// the index alone (repos/incidents/searchWords.ts pgSearch). '|' is never in a token. The first
// token is kept up to 64 characters and the number cut to 64, so a pair stays a short lexeme.
export const PG_SEARCH_NUMBER_PAIRS: Migration = {
  version: 18,
  name: 'search-number-pairs',
  sql: `
      CREATE FUNCTION makegood_number_pairs(words tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$
        SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || '|' || left(b.lexeme, 64))), ''::tsvector)
        FROM (SELECT l.lexeme, unnest(l.positions) AS p FROM unnest(words) l WHERE ascii(l.lexeme) BETWEEN 48 AND 57) b
        JOIN (SELECT l.lexeme, unnest(l.positions) AS p FROM unnest(words) l WHERE length(l.lexeme) <= 64) a ON a.p = b.p - 1
      $fn$;
      CREATE INDEX incidents_fts_number_pairs ON incidents_fts USING gin (makegood_number_pairs(words));
    `,
};
