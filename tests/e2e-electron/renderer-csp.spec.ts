// The built renderer in Chromium under the desktop app's CSP, served by the same rules as app://,
// and talking to the real core through a window.makegood bridge: runs here, without the Electron binary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppFile } from '../../electron/main/app-files';
import { type Core, openCore } from '../../electron/main/core/app';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { repoRoot } from './electron-app';

const ORIGIN = 'http://makegood.localhost';
const rendererDir = join(repoRoot, 'out', 'renderer');

let browser: Browser;
let core: Core;
let dir: string;

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.MAKEGOOD_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  dir = mkdtempSync(join(tmpdir(), 'makegood-renderer-csp-'));
  core = openCore({ databasePath: join(dir, 'makegood.sqlite'), version: 'test' });
  // Past the first-run set-up (its own spec: tests/e2e-web/first-run.spec.ts), so the page opens on Home.
  const done = await dispatch(core.handlers, 'setup.finish', {});
  if (!done.ok) throw new Error(`setup.finish failed: ${done.message}`);
});

test.afterAll(async () => {
  await browser?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A page serving the built renderer under the desktop CSP, its invoke answered by the real dispatch. */
async function desktopPage(core: Core) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const target = resolveAppFile(rendererDir, `app://makegood${new URL(route.request().url()).pathname}`);
    if (target.kind === 'refused') return route.fulfill({ status: target.status });
    await route.fulfill({
      status: 200,
      headers: { 'content-type': mimeTypeFor(target.path), 'content-security-policy': CONTENT_SECURITY_POLICY },
      body: readFileSync(target.path),
    });
  });
  // Stands where the preload's contextBridge would: one invoke, answered by the real dispatch.
  let calls = 0;
  await page.exposeFunction('__desktopInvoke', (channel: string, payload: unknown) => {
    calls++;
    return dispatch(core.handlers, channel, payload);
  });
  await page.addInitScript(() => {
    const scope = globalThis as unknown as {
      __desktopInvoke: (channel: string, payload: unknown) => Promise<unknown>;
      __violations: string[];
      makegood: { invoke: (channel: string, payload: unknown) => Promise<unknown> };
    };
    scope.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => scope.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    scope.makegood = { invoke: (channel, payload) => scope.__desktopInvoke(channel, payload) };
  });
  const consoleCsp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
  });

  return { page, consoleCsp, calls: () => calls };
}

const violationsOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { __violations: string[] }).__violations);

test('the renderer runs under the desktop CSP with no violations and logs an incident through invoke', async () => {
  const { page, consoleCsp, calls } = await desktopPage(core);
  await page.goto(`${ORIGIN}/index.html`);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await page.keyboard.type('Receipt printer jammed, customer waited ten minutes');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Incident .+ logged$/)).toBeVisible();

  const list = await dispatch(core.handlers, 'incidents.list', { filter: { q: 'printer jammed' } });
  expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  expect(JSON.stringify(list)).toContain('Receipt printer jammed');
  expect(calls()).toBeGreaterThan(0);
  const violations = await violationsOf(page);
  // No inline script, no eval (zod runs jitless), no other origin: nothing the CSP had to refuse.
  expect(violations).toEqual([]);
  expect(consoleCsp).toEqual([]);
  await page.close();
});

test('the printable report draws under the desktop CSP, as the hidden window loads it for printToPDF', async () => {
  // Its own database: incidents up to mid-November, so October has both charts to draw.
  const demo = openCore({ databasePath: join(dir, 'demo.sqlite'), version: 'test' });
  generateDemo(demo.db, { incidents: 300, seed: 2, now: new Date(2026, 10, 15, 12) });
  const { page, consoleCsp } = await desktopPage(demo);
  await page.goto(`${ORIGIN}/report.html?month=2026-10&edition=internal`);
  await page.waitForFunction(() => document.body.dataset.reportReady === 'true' || document.body.dataset.reportError);
  expect(await page.evaluate(() => document.body.dataset.reportError ?? null)).toBeNull();
  await expect(page.getByRole('heading', { name: 'Headline figures' })).toBeVisible();
  await expect(page.getByText('Internal edition')).toBeVisible();
  await expect(page.locator('.report-chart .recharts-wrapper')).toHaveCount(2);
  await expect(page.locator('.report-chart .recharts-bar-rectangle').first()).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
  expect(consoleCsp).toEqual([]);
  await page.close();
  demo.close();
});
