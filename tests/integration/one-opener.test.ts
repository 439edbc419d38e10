// Every SQLite connection goes through db/connect.ts with the process's addon: restore's and a
// backup check's too (issue 13, point 1: they used the Node build inside Electron, so every backup
// was refused as "not a database file").
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCandidate } from '../../electron/main/core/backups/check';
import { restoreDatabase } from '../../electron/main/core/backups/restore';
import { currentNativeBinding, setNativeBinding } from '../../electron/main/core/db/connect';
import { tempCore, type TempCore } from '../support/core';

const repoRoot = join(import.meta.dirname, '..', '..');
const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');

let t: TempCore;
beforeEach(async () => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
  await t.call('incidents.create', { whatHappened: 'Latte was cold' });
});
afterEach(() => {
  setNativeBinding(undefined);
  t.cleanup();
});

describe('the one opener', () => {
  it("opens restore's and the backup check's connections with the process's addon", async () => {
    const { name } = await t.call('data.backup', {});
    const bogus = join(t.dir, 'electron-build', 'better_sqlite3.node');
    setNativeBinding(bogus);
    // The addon named is the one loaded: a path with no addon there fails, naming it.
    // (Through dispatch it is an internal error, its words kept from the user; the core's own call says them.)
    await expect(restoreDatabase(t.core.db, t.databasePath, join(t.dir, 'backups', name), { label: name, now: new Date() })).rejects.toThrow(bogus);
    const candidate = join(t.dir, 'candidate.sqlite');
    copyFileSync(join(t.dir, 'backups', name), candidate);
    expect(() => checkCandidate(candidate, name)).toThrow(bogus);

    // The same restore with a real addon named explicitly goes through.
    setNativeBinding(nodeBuild);
    expect(currentNativeBinding()).toBe(nodeBuild);
    expect(checkCandidate(candidate, name)).toBeGreaterThan(0);
    expect((await t.call('data.restore', { name })).incidents).toBe(1);
  });

  it('is the only module that may import better-sqlite3 (a type import is fine anywhere)', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const lint = async (filePath: string, code: string) =>
      (await eslint.lintText(code, { filePath: join(repoRoot, filePath) }))[0]!.messages.map((m) => m.ruleId);
    const valueImport = "import Database from 'better-sqlite3';\nexport const db = new Database(':memory:');\n";
    for (const file of ['electron/main/core/backups/x.ts', 'electron/cli/x.ts', 'tests/integration/x.test.ts', 'bench/x.ts', 'scripts/x.mjs']) {
      expect(await lint(file, valueImport), file).toContain('@typescript-eslint/no-restricted-imports');
    }
    expect(await lint('electron/main/core/db/connect.ts', valueImport)).not.toContain('@typescript-eslint/no-restricted-imports');
    const typeImport = "import type Database from 'better-sqlite3';\nexport type Db = Database.Database;\n";
    expect(await lint('electron/main/core/backups/x.ts', typeImport)).toEqual([]);
  });
});
