// What the app remembers of the shared database (electron/main/sharedDatabase.ts): the address in a
// JSON in userData, the password only as safeStorage encrypted it; on a computer whose safeStorage
// cannot encrypt, nothing, with a sentence. Electron's API is the stand-in's (tests/e2e-electron/stand-in).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const userData = mkdtempSync(join(tmpdir(), 'makegood-userdata-'));
vi.mock('electron', async () => {
  // A plain JavaScript module without types: named by a variable so the compiler does not look for them.
  const standInPath = '../e2e-electron/stand-in/electron.mjs';
  const standIn = (await import(standInPath)) as { app: { setPath(name: string, value: string): void } };
  standIn.app.setPath('userData', userData);
  return standIn;
});
const { electronDatabaseHost, rememberTarget, rememberedTarget } = await import('../../electron/main/sharedDatabase');

const file = join(userData, 'shared-database.json');
const url = 'postgres://makegood@db.local/makegood?sslmode=require';

beforeEach(() => {
  delete process.env.STAND_IN_KEYCHAIN;
});
afterEach(async () => {
  await rememberTarget(null);
});

describe('the shared database this computer uses', () => {
  it('is remembered with its password encrypted, never in plain text, and read back', async () => {
    await rememberTarget({ url, password: 'counter two secret' });
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain(url);
    expect(saved).not.toContain('counter two secret');
    expect(rememberedTarget()).toEqual({ url, password: 'counter two secret' });
  });

  it('without a keychain to encrypt with, a password is not remembered, and it says so', async () => {
    process.env.STAND_IN_KEYCHAIN = 'none';
    await expect(rememberTarget({ url, password: 'secret' })).rejects.toThrow(/This computer cannot keep the password safely .* so Makegood did not remember it and did not switch\. Start Makegood with PGPASSWORD set/);
    expect(existsSync(file)).toBe(false);
    // With no password (the server trusts this computer, or ~/.pgpass), the address alone is kept.
    await rememberTarget({ url, password: '' });
    expect(rememberedTarget()).toEqual({ url, password: '' });
  });

  it('"Use this computer\'s file again" forgets it; the host restarts the core only after remembering', async () => {
    const restart = vi.fn();
    const host = electronDatabaseHost(restart);
    await host.useDatabase!({ url, password: 'x' });
    expect(rememberedTarget()).toEqual({ url, password: 'x' });
    await vi.waitFor(() => expect(restart).toHaveBeenCalledTimes(1));
    await host.useDatabase!(null);
    expect(rememberedTarget()).toBeNull();
    process.env.STAND_IN_KEYCHAIN = 'none';
    await expect(host.useDatabase!({ url, password: 'x' })).rejects.toThrow(/cannot keep the password safely/);
    await new Promise((r) => setTimeout(r, 100));
    expect(restart).toHaveBeenCalledTimes(2);
    expect(rememberedTarget()).toBeNull();
  });
});

process.on('exit', () => rmSync(userData, { recursive: true, force: true }));
