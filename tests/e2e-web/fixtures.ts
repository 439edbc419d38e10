// A real server on a fresh database per test: `makegood serve --port 0`, reached via its printed link.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { linksIn } from '../../shared/browserKey';
import { openCore } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';

// The first address serve prints, in whatever language it speaks.
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/#key=\S+)/;

/** A running `makegood serve` (on a file, or on a postgres:// URL: several-counters.spec.ts). */
export interface Served {
  /** The one-time link it printed first. */
  url: string;
  /** Every link it has printed so far, oldest first: it prints a fresh one each time one is used. */
  links(): string[];
  /** The data file it serves, for a test that checks what was saved against it. */
  dbPath: string;
}

/**
 * The environment of the CLI and `serve` a test runs: the computer's language as POSIX names it
 * (a new file starts in it, issue 18), English unless the test asks for another, whatever the machine's.
 */
export function cliEnv(lang = 'C.UTF-8'): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANGUAGE: _language, ...rest } = process.env;
  return { ...rest, LANG: lang };
}

export function startServer(dbPath: string, lang?: string): Promise<Served & { child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/makegood.js', '--db', dbPath, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cliEnv(lang),
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`makegood serve printed no URL in 20 s:\n${output}`)), 20_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = URL_LINE.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], links: () => linksIn(output), dbPath, child });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(new Error(`makegood serve exited (${code}) before it was ready:\n${output}`)));
  });
}

/** A new, empty file that has been past the first-run set-up (skipped), as the app's own channel marks it. */
async function markSetUp(dbPath: string): Promise<void> {
  const core = openCore({ databasePath: dbPath, version: 'e2e' });
  try {
    const result = await dispatch(core.handlers, 'setup.finish', {});
    if (!result.ok) throw new Error(`setup.finish failed: ${result.message}`);
  } finally {
    core.close();
  }
}

/** A fresh database in a temp folder, `prepare`d (e.g. filled with demo data) before the server starts. */
async function serveFresh(use: (served: Served) => Promise<void>, prepare?: (dbPath: string) => void | Promise<void>, lang?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-e2e-'));
  const dbPath = join(dir, 'e2e.sqlite');
  await prepare?.(dbPath);
  const { child, ...served } = await startServer(dbPath, lang);
  try {
    await use(served);
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export const test = base.extend<{ appUrl: string; freshAppUrl: string; demoAppUrl: string; germanDemoAppUrl: string; served: Served }>({
  /** The link `serve` printed: it opens the app once, as a person's first click does. An empty file, its set-up skipped. */
  appUrl: async ({}, use) => serveFresh((served) => use(served.url), markSetUp),
  /** A brand-new file, as `serve` makes it: it opens on the first-run set-up. */
  freshAppUrl: async ({}, use) => serveFresh((served) => use(served.url)),
  /** The server itself, for tests of the link and what it prints next (its file's set-up skipped). */
  served: async ({}, use) => serveFresh(use, markSetUp),
  /** The app on a year of demo data (2,000 incidents, fixed seed), seeded by the `demo` command. */
  demoAppUrl: async ({}, use) =>
    serveFresh((served) => use(served.url), (dbPath) => {
      execFileSync(process.execPath, ['bin/makegood.js', '--db', dbPath, 'demo', '--incidents', '2000'], { stdio: 'pipe', timeout: 60_000, env: cliEnv() });
    }),
  /** The same demo in a file made on a German computer (LANG=de_DE.UTF-8): it speaks German (issue 18). */
  germanDemoAppUrl: async ({}, use) =>
    serveFresh(
      (served) => use(served.url),
      (dbPath) => {
        execFileSync(process.execPath, ['bin/makegood.js', '--db', dbPath, 'demo', '--incidents', '2000'], { stdio: 'pipe', timeout: 60_000, env: cliEnv('de_DE.UTF-8') });
      },
      'de_DE.UTF-8',
    ),
});

export { expect } from '@playwright/test';
