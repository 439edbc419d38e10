// The packaged app (electron-builder --dir) as a shop installs it: started from its app.asar, with the fuses
// flipped and the Electron build of better-sqlite3 from resources/native, not from this checkout.
// Playwright's _electron.launch needs Node's --inspect, which the nodeCliInspect fuse turns off in the
// package (Playwright's documented limitation), so the app is started as it is and driven over Chromium's
// DevTools protocol (--remote-debugging-port, which no fuse touches).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { addonTarget } from '../../electron/main/addon-target.mjs';
import { appEnvironment, electronBinaryAvailable, repoRoot, SKIP_REASON, type TempDatabase, tempDatabase } from './electron-app';

// Skipped only where the Electron binary cannot be downloaded (this build machine): it runs in the
// GitHub workflow. Here, scripts/package-dry-run.mjs (.ci/run) checks the asar and the addon instead.
test.skip(!electronBinaryAvailable(), SKIP_REASON);

const release = join(repoRoot, 'release');
const productName = 'Makegood';

/** Where electron-builder --dir puts the app for this computer, and the executable inside it. */
function packagedApp(): { executable: string; resources: string } {
  if (process.platform === 'darwin') {
    const folder = process.arch === 'arm64' ? 'mac-arm64' : 'mac';
    const contents = join(release, folder, `${productName}.app`, 'Contents');
    return { executable: join(contents, 'MacOS', productName), resources: join(contents, 'Resources') };
  }
  if (process.platform === 'win32') {
    const dir = join(release, 'win-unpacked');
    return { executable: join(dir, `${productName}.exe`), resources: join(dir, 'resources') };
  }
  const dir = join(release, process.arch === 'x64' ? 'linux-unpacked' : `linux-${process.arch}-unpacked`);
  return { executable: join(dir, 'makegood'), resources: join(dir, 'resources') };
}

let db: TempDatabase;
let child: ChildProcess | undefined;
let browser: Browser | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // The workflow packages before the tests; elsewhere package the app for this computer now.
  if (!existsSync(packagedApp().executable)) {
    const cli = createRequire(join(repoRoot, 'package.json')).resolve('electron-builder/cli.js');
    const result = spawnSync(process.execPath, [cli, '--dir', '--publish', 'never', '--config', 'electron-builder.yml'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) throw new Error(`electron-builder --dir failed:\n${result.stdout}\n${result.stderr}`);
  }
});

test.beforeEach(() => {
  db = tempDatabase();
});

test.afterEach(async () => {
  await browser?.close().catch(() => undefined);
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child?.once('exit', done));
    child.kill();
    await exited;
  }
  db.remove();
});

/** Starts the packaged executable with no help from this checkout and connects to its window. */
async function startPackaged(): Promise<Page> {
  const env = appEnvironment(db, '');
  delete env.MAKEGOOD_NATIVE_BINDING; // the package finds its own addon in resources/native
  const started = spawn(packagedApp().executable, ['--remote-debugging-port=0'], { cwd: dirname(db.path), env });
  child = started;
  let output = '';
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The packaged app gave no DevTools address in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    started.stderr?.on('data', read);
    started.stdout?.on('data', read);
    started.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The packaged app exited (${code}) before opening its window:\n${output}`));
    });
  });
  browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  if (!context) throw new Error('The packaged app has no browser context.');
  const isApp = (page: Page) => page.url().startsWith('app://makegood/');
  const page = context.pages().find(isApp) ?? (await context.waitForEvent('page', { predicate: isApp, timeout: 30_000 }));
  await page.waitForLoadState('domcontentloaded');
  return page;
}

test('the package holds the app in its asar and an addon built for this computer', () => {
  const { resources } = packagedApp();
  expect(existsSync(join(resources, 'app.asar'))).toBe(true);
  expect(existsSync(join(resources, 'app'))).toBe(false);
  expect(addonTarget(join(resources, 'native', 'better_sqlite3.node'))).toEqual({ platform: process.platform, arch: process.arch });
});

test('the packaged app starts from its asar, shows Makegood, and a call reaches its database', async () => {
  const page = await startPackaged();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible({ timeout: 30_000 });

  const info = await page.evaluate(() => window.makegood?.invoke('app.info', {}));
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  expect(info).toMatchObject({ ok: true, value: { databasePath: db.path, version } });
  expect(existsSync(db.path)).toBe(true);
});
