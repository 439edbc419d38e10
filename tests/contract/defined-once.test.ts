// A concept written out a second time drifts from the first; these are the ones that did.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}
const files = ['shared', 'electron', 'renderer/src'].flatMap((d) => sources(join(ROOT, d)));

/** Files that write `pattern`, but `home`. */
const writtenOutside = (pattern: RegExp, home: string) => files.filter((f) => f !== home && pattern.test(readFileSync(join(ROOT, f), 'utf8')));

describe('a concept is written once', () => {
  it('the report editions: in shared/report.ts only', () => {
    const union = /'(external|internal)'\s*\|\s*'(external|internal)'|\[\s*'(external|internal)'\s*,\s*'(external|internal)'\s*\]/;
    expect(writtenOutside(union, 'shared/report.ts')).toEqual([]);
  });

  it('the backup kinds: in shared/schemas/backup.ts only', () => {
    const kinds = /'(daily|manual|before-migration|before-restore)'\s*\|\s*'(daily|manual|before-migration|before-restore)'/;
    expect(writtenOutside(kinds, 'shared/schemas/backup.ts')).toEqual([]);
    expect(writtenOutside(/type BackupKind\s*=/, 'shared/schemas/backup.ts')).toEqual([]);
  });

  it('what a write makes stale: decided in renderer/src/api/call.ts only, from shared/topics.ts', () => {
    expect(writtenOutside(/invalidateQueries|refetchQueries|resetQueries/, 'renderer/src/api/call.ts')).toEqual([]);
  });
});
