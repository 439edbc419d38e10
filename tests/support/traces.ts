// Looking for what should be gone where no screen looks: the bytes of the data file and its
// companions, and the words the search index keeps (its vocabulary outlives the rows it came from
// until its segments are merged).
import { existsSync, readFileSync } from 'node:fs';
import { isPostgres, sqliteOnly, type EngineDb } from '../../electron/main/core/db/engine';

/** Each `trace` (compared ignoring ASCII case) found in the data file, its `-wal` or its `-shm`, as "file: trace". */
export function bytesHolding(databasePath: string, traces: readonly string[]): string[] {
  return ['', '-wal', '-shm']
    .map((suffix) => `${databasePath}${suffix}`)
    .filter(existsSync)
    .flatMap((path) => {
      // latin1 keeps one character per byte, so a UTF-8 word is found as its bytes.
      const bytes = readFileSync(path).toString('latin1').toLowerCase();
      const name = path.slice(databasePath.length) || 'data file';
      return traces.filter((trace) => bytes.includes(Buffer.from(trace.toLowerCase()).toString('latin1'))).map((trace) => `${name}: ${trace}`);
    });
}

/**
 * Which of `words` the search index still has a term for: SQLite's fts5vocab reads the index
 * itself, not the rows; on PostgreSQL, every lexeme of every row of incidents_fts.
 */
export function vocabularyHolding(engine: EngineDb, words: readonly string[]): string[] {
  if (isPostgres(engine)) {
    const has = engine.prepare('SELECT 1 FROM incidents_fts f, unnest(f.words) AS u WHERE u.lexeme = ? LIMIT 1').pluck();
    return words.filter((word) => has.get(word) !== undefined);
  }
  const db = sqliteOnly(engine, 'The search index');
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.erase_vocab USING fts5vocab(main, incidents_fts, row)');
  const has = db.prepare('SELECT 1 FROM temp.erase_vocab WHERE term = ?').pluck();
  return words.filter((word) => has.get(word) !== undefined);
}

/**
 * PostgreSQL: each `trace` (ignoring case) found in a row version kept in the pages of `tables`,
 * live or dead (an update leaves the old version until VACUUM), as "table: trace". Reads the pages
 * themselves with pageinspect (the test server's superuser), not what a query sees.
 */
export function rowVersionsHolding(db: EngineDb, tables: readonly string[], traces: readonly string[]): string[] {
  db.exec('CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA public');
  const pages = db.prepare('SELECT pg_relation_size(?::regclass) / current_setting(\'block_size\')::int').pluck();
  const tuples = db.prepare('SELECT t_data FROM public.heap_page_items(public.get_raw_page(?, ?::int)) WHERE t_data IS NOT NULL').pluck();
  return tables.flatMap((table) => {
    const text: string[] = [];
    for (let page = 0; page < Number(pages.get(table)); page++) {
      for (const data of tuples.all(table, page) as (Uint8Array | string)[]) {
        text.push((typeof data === 'string' ? Buffer.from(data.replace(/^\\x/, ''), 'hex') : Buffer.from(data)).toString('latin1').toLowerCase());
      }
    }
    const all = text.join('\n');
    return traces.filter((trace) => all.includes(Buffer.from(trace.toLowerCase()).toString('latin1'))).map((trace) => `${table}: ${trace}`);
  });
}
