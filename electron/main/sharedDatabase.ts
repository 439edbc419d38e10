// Where this computer's data is, remembered by the app: its own file (nothing remembered), or the
// shop's shared database. The address (no password in it) is kept in a small JSON in userData; the
// password only encrypted by Electron's safeStorage (the system's keychain), never in plain text.
// Where safeStorage cannot encrypt, the password is not remembered and the person is told so.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app, safeStorage } from 'electron';
import { AppError } from '../../shared/result';
import type { CoreHost } from './core/context';
import { say } from './language';

export interface SharedTarget {
  url: string;
  /** Empty: none (the server trusts this computer, or PGPASSWORD / ~/.pgpass gives it). */
  password: string;
}

const targetFile = () => join(app.getPath('userData'), 'shared-database.json');

/** Whether safeStorage really encrypts here: Linux without a keyring falls back to a fixed key ("basic_text"), which is not. */
function canEncrypt(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

/** The shared database this computer uses, or null for its own file. Read once at start, synchronously. */
export function rememberedTarget(): SharedTarget | null {
  let saved: { url?: unknown; password?: unknown };
  try {
    saved = JSON.parse(readFileSync(targetFile(), 'utf8')) as typeof saved;
  } catch {
    return null;
  }
  if (typeof saved.url !== 'string' || saved.url === '') return null;
  if (typeof saved.password !== 'string' || saved.password === '') return { url: saved.url, password: '' };
  try {
    return { url: saved.url, password: safeStorage.decryptString(Buffer.from(saved.password, 'base64')) };
  } catch {
    // Another user's keychain, or a reinstalled system: the address is kept, the password must be typed again.
    return { url: saved.url, password: '' };
  }
}

/** Remembers `target` (null: this computer's file again). Refuses a password it cannot encrypt, remembering nothing. */
export async function rememberTarget(target: SharedTarget | null): Promise<void> {
  if (target === null) {
    await rm(targetFile(), { force: true });
    return;
  }
  if (target.password && !canEncrypt()) {
    throw new AppError('CONFLICT', say('desktop.shared.noKeychain'));
  }
  const password = target.password ? safeStorage.encryptString(target.password).toString('base64') : '';
  await mkdir(dirname(targetFile()), { recursive: true });
  await writeFile(targetFile(), JSON.stringify({ url: target.url, password }), { mode: 0o600 });
}

/** The core's host in the app: remembers the new place, then (after the call has answered) restarts the core there. */
export function electronDatabaseHost(restart: () => void): Pick<CoreHost, 'useDatabase'> {
  return {
    useDatabase: async (target) => {
      await rememberTarget(target);
      // The call that asked must answer first; the restart closes the core it runs in.
      setTimeout(restart, 50);
    },
  };
}
