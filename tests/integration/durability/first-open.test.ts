// The first start on a new file (or the first after an update) may happen in two places at once: the
// app opening while a command runs. Each process checks the schema version and migrates; the one that
// waited for the other must not run the same migrations again ("table settings already exists").
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../../electron/main/core/db/connect';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/main/core/db/migrations';
import { bundleChild } from './bundle';
import { expectHealthyFile } from './health';

const ROUNDS = 8;
const AT_ONCE = 4;

let dir: string;
let opener: ReturnType<typeof bundleChild>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-first-open-'));
  opener = bundleChild('opener.ts');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  opener?.remove();
});

/** One process opening `databasePath`; resolves with what it said. */
function open(databasePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [opener.path, databasePath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim()));
  });
}

describe('several processes opening a new data file at the same moment', () => {
  it('all open it, and it is migrated once, to the latest version', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const databasePath = join(dir, `new-${round}.sqlite`);
      const said = await Promise.all(Array.from({ length: AT_ONCE }, () => open(databasePath)));
      expect(said, `round ${round}`).toEqual(Array.from({ length: AT_ONCE }, () => 'opened'));
      const db = connect(databasePath, { readonly: true });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        // The seeded lists are there once, not once per process.
        expect(db.prepare("SELECT count(*) FROM settings WHERE key = 'businessName'").pluck().get()).toBe(1);
      } finally {
        db.close();
      }
      expectHealthyFile(databasePath, `round ${round}`);
    }
  }, 60_000);
});
