// Search everywhere's lists by name (lessons, root causes, customers): every word typed, found
// anywhere in the name, the same rows on both engines.
import { bySql } from '../db/engine';
import type { Db } from '../db/open';

/**
 * The words of the text, each matched anywhere in a name (the lists are short: a scan). SQLite's
 * LIKE ignores the case of A-Z only; so does lower() in PostgreSQL's "C" collation, and strpos()
 * finds the word as it is, with nothing in it read as a wildcard: twice as fast as ILIKE over
 * 55,000 customers (8 ms, not 16), for the same rows.
 */
export function wordsLike(db: Db, text: string, column: string, pgLowered = `lower(${column})`): { sql: string; params: string[] } {
  const words = text.split(/[\s\p{Cc}]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return { sql: '1 = 0', params: [] };
  return bySql(db, {
    sqlite: () => ({
      sql: words.map(() => `${column} LIKE ? ESCAPE '\\'`).join(' AND '),
      params: words.map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`),
    }),
    // The word lowered under "C" too: under the database's own collation lower() knows every
    // alphabet, and "Анна" would look for "анна" in a name lowered as "Анна".
    // `pgLowered`: the column already lowered, when the table stores it (customers.name_lower).
    postgres: () => ({ sql: words.map(() => `strpos(${pgLowered}, lower(?::text COLLATE "C")) > 0`).join(' AND '), params: words }),
  })();
}
