// Every write goes through one domain layer (electron/main/core/domain/): the app's handlers, the
// import, restore and the demo alike. A write elsewhere is a rule the domain cannot keep, so this
// reads the product's source and fails on any SQL that writes outside the domain and the frozen
// migrations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const ALLOWED = ['electron/main/core/domain/', 'electron/main/core/db/migrations/'];
const WRITE = /\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO|DROP\s+(TABLE|INDEX|TRIGGER)|CREATE\s+(TABLE|INDEX|TRIGGER)|ALTER\s+TABLE)\b/;

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
      .flatMap((path) =>
        readFileSync(join(root, path), 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${path}:${i + 1}` }))
          .filter(({ line }) => WRITE.test(line) && !/^\s*(\/\/|\*)/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders, 'SQL that writes outside electron/main/core/domain/').toEqual([]);
  });

  it('would notice one (the check itself can fail)', () => {
    expect(WRITE.test("db.prepare('UPDATE incidents SET deleted_at = ?')")).toBe(true);
    expect(WRITE.test('INSERT OR IGNORE INTO lesson_incidents')).toBe(true);
    expect(WRITE.test("db.prepare('SELECT count(*) FROM incidents')")).toBe(false);
  });
});
