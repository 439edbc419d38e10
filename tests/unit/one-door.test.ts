// Every write goes through one domain layer (electron/main/core/domain/): the app's handlers, the
// import, restore and the demo alike. A write elsewhere is a rule the domain cannot keep, so this
// reads the product's source and fails on any SQL that writes outside the domain and the frozen
// migrations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
// The migrations, the shared database's among them (its baseline and its version table).
const ALLOWED = [
  'electron/main/core/domain/',
  'electron/main/core/db/migrations/',
  'electron/main/core/db/pg/baselineTables.ts',
  'electron/main/core/db/pg/baselineRules.ts',
  // The shared database's later versions, numbered as SQLite's (pg/0012-followed-up-index.ts, …).
  'electron/main/core/db/pg/0',
  'electron/main/core/db/pg/openPg.ts',
];
// A table as SQL names it, or as code builds the name (`${table}`); \s spans line breaks, so SQL
// written over several lines is read as one statement.
const TABLE = String.raw`(?:\w+|"[^"]+"|\$\{[^}]+\})`;
const WRITE = new RegExp(
  String.raw`\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+(OR\s+\w+\s+)?${TABLE}\s+SET|DELETE\s+FROM|REPLACE\s+INTO|DROP\s+(TABLE|INDEX|TRIGGER|VIEW)|CREATE\s+(TEMP\w*\s+|UNIQUE\s+|VIRTUAL\s+)?(TABLE|INDEX|TRIGGER|VIEW)|ALTER\s+TABLE)\b`,
  'gi',
);

/** The source with its comments blanked (kept as spaces and line breaks, so positions stay true). */
const withoutComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, (comment) => comment.replace(/[^\n]/g, ' '));

/** Each write in `source`, as `line: text of that line`. */
function writesIn(source: string): string[] {
  const code = withoutComments(source);
  const lines = source.split('\n');
  return [...code.matchAll(WRITE)].map((m) => {
    const line = code.slice(0, m.index).split('\n').length;
    return `${line}: ${lines[line - 1]!.trim()}`;
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('one door for every write', () => {
  it('no SQL outside the domain layer and the migrations writes to the data file', () => {
    const offenders = [...files(join(root, 'electron')), ...files(join(root, 'shared'))]
      .map((path) => relative(root, path))
      .filter((path) => !ALLOWED.some((dir) => path.startsWith(dir)))
      .flatMap((path) => writesIn(readFileSync(join(root, path), 'utf8')).map((w) => `${path}:${w}`));
    expect(offenders, 'SQL that writes outside electron/main/core/domain/').toEqual([]);
  });

  it('would notice one (the check itself can fail)', () => {
    expect(writesIn("db.prepare('UPDATE incidents SET deleted_at = ?')")).toHaveLength(1);
    expect(writesIn('INSERT OR IGNORE INTO lesson_incidents')).toHaveLength(1);
    // Over several lines, with the table built by code, in lower case.
    expect(writesIn('db.prepare(`\n  UPDATE incidents\n     SET deleted_at = ?`)')).toEqual(['2: UPDATE incidents']);
    expect(writesIn('db.exec(`UPDATE ${table} SET x = 1`)')).toHaveLength(1);
    expect(writesIn("db.prepare('update \"incidents\" set x = 1')")).toHaveLength(1);
    expect(writesIn('db.exec(`create temp table t (x)`)')).toHaveLength(1);
    expect(writesIn("db.prepare('SELECT count(*) FROM incidents')")).toEqual([]);
    // Comments may say what a write does.
    expect(writesIn('// UPDATE incidents SET deleted_at\n/* DELETE FROM incidents */ const x = 1;')).toEqual([]);
  });
});
