// `makegood import` on the files the tester handed it (issue 12): the built command (npm run build),
// real files, a real data file; what it prints, its exit code, and what the data file then holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../electron/main/core/db/connect';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'makegood.js');

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-cli-import-'));
  db = join(dir, 'makegood.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the file and runs `makegood --db DB import FILE`, in a zone when given. */
function importFile(content: string | Buffer, options: { tz?: string } = {}) {
  const file = join(dir, 'log.csv');
  writeFileSync(file, content);
  const env = { ...process.env, ...(options.tz ? { TZ: options.tz } : {}) };
  const run = spawnSync(process.execPath, [bin, '--db', db, 'import', file], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const incidents = () => {
  if (!existsSync(db)) return 0;
  const file = connect(db, { readonly: true });
  try {
    return (file.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
  } finally {
    file.close();
  }
};

describe('makegood import', () => {
  it('refuses a stray quote: exit 1, the line (after a two-line cell) and column, zero incidents', () => {
    const run = importFile(
      ['occurred_at,what_happened,handled_by', '2026-01-05T10:00,"Spilt milk,\nall over",Priya', '2026-01-06T10:00,Ordered a 12" pizza,Sam', '2026-01-07T10:00,Fine,Sam', ''].join('\n'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 4, column what_happened: a quote (") in the middle of a cell, after “Ordered a 12”');
    expect(run.stderr).toMatch(/^makegood: nothing imported from .*log\.csv: line 4, column what_happened: /);
    expect(run.stdout).toBe('');
    // Refused before the data file was opened: there is none to hold an incident.
    expect(existsSync(db)).toBe(false);
  });

  it('refuses bytes that are not UTF-8 with their line, before it opens the data file', () => {
    const latin1 = Buffer.from('occurred_at,what_happened\n2026-01-05T10:00,Cold soup\n2026-01-06T10:00,Caf\u00e9 too cold\n', 'latin1');
    const run = importFile(latin1);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^makegood: nothing imported from .*log\.csv: line 3: .*not UTF-8.*“2026-01-06T10:00,Caf”/);
    expect(run.stderr).toContain('(--encoding windows-1252, or the one it was saved in)');
    expect(existsSync(db)).toBe(false);
  });

  it('says which columns it does not import', () => {
    const run = importFile('occurred_at,what_happened,Table number,Mood\n2026-01-05T10:00,Cold soup,12,grumpy\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Not imported: Table number, Mood (no field of Makegood\'s matched; add it with --map "Their column=field")');
    expect(run.stdout).toContain('Imported 1 incident with 0 compensations from 1 row');
    expect(incidents()).toBe(1);
  });

  it("refuses a time the clocks skipped on this computer's clock (TZ=Europe/London), which UTC has", () => {
    const csv = 'occurred_at,what_happened\n2026-03-29T01:30,In the skipped hour\n';
    const london = importFile(csv, { tz: 'Europe/London' });
    expect(london.code).toBe(1);
    expect(london.stderr).toContain(
      "line 2, column occurred_at: “2026-03-29T01:30” does not exist on this computer's clock: the clocks went forward that night",
    );
    expect(incidents()).toBe(0);
    expect(importFile(csv, { tz: 'UTC' }).code).toBe(0);
    expect(incidents()).toBe(1);
  });
});
