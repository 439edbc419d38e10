// Launching the built app under Playwright, with its own temporary database.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { openCore } from '../../electron/main/core/app';
import { finishSetup } from '../../electron/main/core/domain/setup';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
// scripts/build-electron-native.mjs's folder for this computer (electron-builder's `${os}-${arch}`).
const osKey = ({ darwin: 'mac', win32: 'win' } as Record<string, string>)[process.platform] ?? process.platform;
const nativeBinding = join(repoRoot, '.cache', 'electron-native', `${osKey}-${process.arch}`, 'better_sqlite3.node');

export const SKIP_REASON = 'Electron binary not installed (no GitHub access here); this test runs where it is.';

/** The Electron executable, or null when the package's download was skipped. */
export function electronBinaryPath(): string | null {
  try {
    // The electron package exports the binary's path, and throws when path.txt was never written.
    const path: unknown = createRequire(join(repoRoot, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

let announced = false;

/** For test.skip; says why once per run, since the list reporter does not print skip reasons. */
export function electronBinaryAvailable(): boolean {
  const available = electronBinaryPath() !== null;
  if (!available && !announced) {
    announced = true;
    console.log(`e2e-electron: ${SKIP_REASON}`);
  }
  return available;
}

/** Builds the Electron addon once (a no-op when its stamp is current); fails the test with the script's message. */
export function ensureNativeBinding(): string {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-electron-native.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Electron build of better-sqlite3 failed: ${result.stderr.trim()}`);
  return nativeBinding;
}

export interface TempDatabase {
  path: string;
  /** A profile folder of its own, so the test never meets a real Makegood's single-instance lock. */
  userData: string;
  remove(): void;
}

/**
 * A new data file in a folder of its own, past the first-run set-up (tests/e2e-web/first-run.spec.ts
 * covers that), so the app opens on Home as these specs expect; `create: false` leaves no file at
 * the path, for a spec that checks the app did not make one.
 */
export function tempDatabase({ create = true }: { create?: boolean } = {}): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-e2e-electron-'));
  if (create) {
    const core = openCore({ databasePath: join(dir, 'makegood.sqlite'), version: 'test' });
    try {
      finishSetup(core.db, new Date().toISOString());
    } finally {
      core.close();
    }
  }
  return {
    path: join(dir, 'makegood.sqlite'),
    userData: join(dir, 'profile'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The environment the app runs with: ours, minus anything that would change what Electron is. */
export function appEnvironment(db: TempDatabase, nativeBinding: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  return { ...env, MAKEGOOD_DB: db.path, MAKEGOOD_USER_DATA: db.userData, MAKEGOOD_NATIVE_BINDING: nativeBinding };
}

export interface Launched {
  app: ElectronApplication;
  page: Page;
}

/** Starts out/main/index.js (via package.json "main") and waits for the first window to load. */
export async function launchMakegood(db: TempDatabase): Promise<Launched> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error(SKIP_REASON);
  const app = await _electron.launch({
    executablePath,
    // Launching the folder (not the file) gives the app its package.json name and version.
    args: [repoRoot],
    cwd: repoRoot,
    env: appEnvironment(db, ensureNativeBinding()),
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
