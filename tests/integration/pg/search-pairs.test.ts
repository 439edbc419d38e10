// A word typed as a token and a number ("MG-2", "555-12", "19.99") is a phrase. On the shared
// database it is answered from 0018's index of the pairs (makegood_number_pairs), not by reading
// every incident that holds both tokens again (searchWords.ts pgSearch). Here: that the pairs find
// exactly the incidents the phrase finds, on texts made to break it (numbers cut at 64 characters,
// long first tokens, digits of other scripts, the same token hundreds of times, positions past
// PostgreSQL's last, 16,383), and that the plan reads nothing again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgSearch, pgSearch } from '../../../electron/main/core/repos/incidents/searchWords';
import { pgMatchingIds } from '../../../electron/main/core/repos/incidents/list';
import { tempCore, type TempCore } from '../../support/core';
import { mulberry32 } from '../../support/mulberry32';
import { onPostgres } from '../../support/pgTest';

const NOW = new Date('2026-10-20T12:00:00.000Z');

const LETTERS = ['mg', 'table', 'order', 'cup', 'o', 'x', 'ab', 'a'.repeat(64), 'b'.repeat(65), 'straße', 'καφες', '東京'];
const NUMBERS = ['2', '29', '29999', '2x', '19', '99', '0', '007', '1'.repeat(64) + '2', '1'.repeat(70), '٣', '5pm'];
const JOINS = [' ', '-', '.', "'", ', ', ' / ', '#', '\n'];

/** A shop-like text from the vocabularies above, `n` tokens long, with any joiner between them. */
function text(next: () => number, n: number): string {
  const pick = <T>(list: readonly T[]) => list[next() % list.length]!;
  let out = '';
  for (let k = 0; k < n; k++) out += (k > 0 ? pick(JOINS) : '') + (next() % 2 === 0 ? pick(LETTERS) : pick(NUMBERS));
  return out;
}

describe.runIf(onPostgres)('a token and a number on the shared database', () => {
  let t: TempCore;
  beforeAll(() => {
    t = tempCore(NOW);
  });
  afterAll(() => t.cleanup());

  /** The ids of `docs` where the search's index form matches, and where its whole phrase does. */
  function bothWays(search: PgSearch): { pairs: number[]; phrase: number[] } {
    const db = t.core.db;
    const ids = (where: string, params: object) => db.prepare(`SELECT id FROM pair_docs WHERE ${where} ORDER BY id`).pluck().all(params) as number[];
    return { pairs: ids(search.where, search.params), phrase: ids('words @@ :fts::tsquery', { fts: search.fts }) };
  }

  it('the pairs find exactly what the phrase finds, on texts made to break them', () => {
    const db = t.core.db;
    const next = mulberry32(18);
    const docs = Array.from({ length: 400 }, () => text(next, 2 + (next() % 40)));
    // A pair at the last position (16,383), and one past it, where every token shares that position;
    // a token in more than 256 places, whose later places are not kept; a pair far apart.
    docs.push(`${'filler '.repeat(16_381)}table 5 mg-2`, `${'mg 1 '.repeat(300)}mg-2`, `mg ${'x '.repeat(20_000)}2`);
    db.exec('CREATE TEMP TABLE pair_docs (id integer PRIMARY KEY, words tsvector NOT NULL)');
    const insert = db.prepare('INSERT INTO pair_docs (id, words) VALUES (?, makegood_words(?))');
    db.transaction(() => docs.forEach((d, k) => insert.run(k + 1, d)))();

    const queries = ['MG-2', 'mg-29', 'MG-29999', 'mg-3', 'table-0', 'cup 19', 'o-2x', 'x.0', 'order-007', 'order-00', 'ab-5pm', 'ab-5',
      `${'a'.repeat(64)}-1`, `${'a'.repeat(64)}-${'1'.repeat(64)}`, `${'b'.repeat(65)}-1`, `x-${'1'.repeat(65)}`, `table-${'1'.repeat(64)}2`,
      'straße-19', 'καφες-2', '東京-9', 'mg-٣', 'filler-mg', 'table-5', 'mg-1 mg-2', 'MG-2 table', "o'brien-2", '19.99', '2-2'];
    let matched = 0;
    let byPairs = 0;
    for (const q of queries) {
      const search = pgSearch(q)!;
      if (search.params.pairs !== undefined) byPairs += 1;
      const { pairs, phrase } = bothWays(search);
      expect(pairs, q).toEqual(phrase);
      if (phrase.length > 0) matched += 1;
    }
    // Most queries take the pairs, and find something: the comparison is not of empty lists.
    expect(byPairs).toBeGreaterThan(queries.length / 2);
    expect(matched).toBeGreaterThan(queries.length / 2);
    // The long texts, as the phrase has them: the pair at the last position is found, the one past it is not.
    const [last, many, apart] = [docs.length - 2, docs.length - 1, docs.length];
    expect(bothWays(pgSearch('table-5')!)).toEqual({ pairs: expect.arrayContaining([last]), phrase: expect.arrayContaining([last]) });
    // "mg" in its 301st place is not kept, so "mg-2" after it is not found, by the phrase either; "mg-1" is.
    const mg2 = bothWays(pgSearch('mg-2')!).pairs;
    for (const doc of [last, many, apart]) expect(mg2).not.toContain(doc);
    expect(bothWays(pgSearch('mg-1')!).pairs).toContain(many);
    db.exec('DROP TABLE pair_docs');
  });

  it('"MG-2" is read from the pairs index alone: nothing read again, every match found', () => {
    const db = t.core.db;
    const insert = db.prepare("INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity) VALUES (?, ?, ?, ?, 'in_person', ?, 1)");
    db.transaction(() => {
      for (let i = 1; i <= 1_200; i++) {
        const at = new Date(NOW.getTime() - (1_200 - i) * 3_600_000).toISOString();
        insert.run(`MG-${i}`, at, at, at, `Latte was cold, table ${i % 40}`);
      }
    })();
    db.exec('VACUUM ANALYZE incidents_fts');
    const search = pgSearch('MG-2')!;
    expect(search.where).toBe('makegood_number_pairs(words) @@ :pairs::tsquery');
    const plan = db.transaction(() => {
      // At 1,200 rows a scan is cheaper than any index; with scans priced out, the index must serve the query as written.
      db.exec('SET LOCAL enable_seqscan = off');
      return (db.prepare(`EXPLAIN (ANALYZE, COSTS OFF) ${pgMatchingIds(search)}`).all(search.params) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    })();
    expect(plan).toContain('Bitmap Index Scan on incidents_fts_number_pairs');
    expect(plan).not.toContain('Rows Removed by Index Recheck');
    // MG-2, MG-20…29, MG-200…299: 111, as the phrase finds them (and none of MG-1000…1200).
    const found = db.prepare(pgMatchingIds(search)).pluck().all(search.params) as number[];
    const phrase = db.prepare('SELECT id FROM incidents_fts WHERE words @@ :fts::tsquery').pluck().all({ fts: search.fts }) as number[];
    expect(found).toHaveLength(111);
    expect([...found].sort((a, b) => a - b)).toEqual([...phrase].sort((a, b) => a - b));
  }, 30_000);
});
