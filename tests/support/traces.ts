// Looking for what should be gone where no screen looks: the bytes of the data file and its
// companions, and the words the search index keeps (its vocabulary outlives the rows it came from
// until its segments are merged).
import type Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';

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

/** Which of `words` the search index still has a term for (fts5vocab reads the index itself, not the rows). */
export function vocabularyHolding(db: Database.Database, words: readonly string[]): string[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.erase_vocab USING fts5vocab(main, incidents_fts, row)');
  const has = db.prepare('SELECT 1 FROM temp.erase_vocab WHERE term = ?').pluck();
  return words.filter((word) => has.get(word) !== undefined);
}
