// Several counters at once (issue 17): two `makegood serve` on one PostgreSQL database, a browser
// at each. Both save at the same moment; each sees the other's incident on Home and in the journal
// within a few seconds, without reloading; refs stay unique. Then the server goes away: the banner
// says so, the quick log keeps what is saved meanwhile, and once the server is back the banner goes
// and that incident is saved once.
import type { ChildProcess } from 'node:child_process';
import { type Browser, type Page, expect, test } from '@playwright/test';
import { openCore } from '../../electron/main/core/app';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { type PgCluster, startPgCluster } from '../support/pgCluster';
import { startServer } from './fixtures';
import { rpc } from './keyboard';

test.describe.configure({ timeout: 240_000 });

let cluster: PgCluster;
let url: string;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  cluster = await startPgCluster();
  const admin = new PgDb({ url: cluster.adminUrl });
  try {
    admin.exec('CREATE DATABASE makegood_counters');
  } finally {
    admin.close();
  }
  const shared = new URL(cluster.adminUrl);
  shared.pathname = '/makegood_counters';
  url = shared.toString();
  // Set up (its first-run skipped) as the app's own channel marks it; this also creates the schema.
  const core = openCore({ databasePath: url, version: 'e2e' });
  try {
    const done = await dispatch(core.handlers, 'setup.finish', {});
    if (!done.ok) throw new Error(done.message);
  } finally {
    core.close();
  }
});

test.afterAll(async () => {
  for (const child of servers) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  }
  cluster?.stop();
});

/** A counter: its own `serve` on the shared database, and a browser of its own (another computer). */
async function counter(browser: Browser): Promise<Page> {
  const { child, url: link } = await startServer(url);
  servers.push(child);
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  return page;
}

const quickLog = (page: Page) => page.getByRole('dialog', { name: 'Log an incident' });

async function typeIncident(page: Page, text: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: /^Log incident/ }).click();
  await expect(quickLog(page)).toBeVisible();
  await quickLog(page).getByLabel(/What happened/).fill(text);
}

const BANNER = { name: 'Makegood cannot reach the shared database.' };
const FEW_SECONDS = { timeout: 5000 };

type Listed = { items: { ref: string; summary: string }[]; total: number };

test('two counters see each other’s saves within seconds; the server going away is said plainly and the quick log keeps its incident', async ({ browser }) => {
  const [a, b] = [await counter(browser), await counter(browser)];

  // Both save at the same moment.
  await typeIncident(a, 'Counter A: the latte was cold');
  await typeIncident(b, 'Counter B: the scone was stale');
  await Promise.all([quickLog(a).getByRole('button', { name: 'Save incident' }).click(), quickLog(b).getByRole('button', { name: 'Save incident' }).click()]);
  await expect(quickLog(a)).toBeHidden();
  await expect(quickLog(b)).toBeHidden();

  // Each sees the other's on Home, without reloading.
  for (const page of [a, b]) {
    await expect(page.getByText('Counter A: the latte was cold')).toBeVisible(FEW_SECONDS);
    await expect(page.getByText('Counter B: the scone was stale')).toBeVisible(FEW_SECONDS);
  }
  const listed = await rpc<Listed>(a, 'incidents.list', {});
  expect(listed.total).toBe(2);
  expect(new Set(listed.items.map((i) => i.ref)).size).toBe(2);

  // In the journal too: one counter's save shows on the other's open journal.
  for (const page of [a, b]) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByText('Counter A: the latte was cold')).toBeVisible();
  }
  await typeIncident(b, 'Counter B: no oat milk left');
  await b.keyboard.press('Enter');
  await expect(quickLog(b)).toBeHidden();
  await expect(a.getByText('Counter B: no oat milk left')).toBeVisible(FEW_SECONDS);

  // The server goes away: both pages say so without anyone pressing anything.
  cluster.pause();
  for (const page of [a, b]) await expect(page.getByRole('alert', BANNER)).toBeVisible({ timeout: 10_000 });
  await expect(a.getByRole('alert', BANNER)).toContainText('kept on this computer');
  for (const scheme of ['light', 'dark'] as const) {
    await a.emulateMedia({ colorScheme: scheme });
    await a.screenshot({ path: test.info().outputPath(`banner-${scheme}.png`) });
  }
  await a.emulateMedia({ colorScheme: 'light' });

  // The quick log keeps what is saved meanwhile.
  await typeIncident(a, 'Counter A (offline): the soup was salty');
  await expect(quickLog(a).getByText('Draft kept on this computer')).toBeVisible(FEW_SECONDS);
  await a.keyboard.press('Enter');
  await expect(quickLog(a)).toBeHidden();
  await expect(a.getByText('Kept on this computer', { exact: true })).toBeVisible();

  // Back: the banner goes by itself and the kept incident is saved, once, and the other counter sees it.
  cluster.resume();
  await expect(a.getByRole('alert', BANNER)).toBeHidden({ timeout: 15_000 });
  await expect(a.getByText(/^Saved MG-\S+ that you logged while offline$/)).toBeVisible({ timeout: 10_000 });
  await expect(b.getByRole('alert', BANNER)).toBeHidden({ timeout: 15_000 });
  await expect(b.getByText('Counter A (offline): the soup was salty')).toBeVisible({ timeout: 10_000 });
  await a.waitForTimeout(3000);
  const after = await rpc<Listed>(b, 'incidents.list', {});
  expect(after.items.filter((i) => i.summary === 'Counter A (offline): the soup was salty')).toHaveLength(1);
  expect(after.total).toBe(4);
  expect(new Set(after.items.map((i) => i.ref)).size).toBe(4);
});
