// axe-core over every screen and every dialog, in light and dark, on a year of demo data:
// no serious or critical violation of WCAG 2.1 A/AA (plus axe's best practices) anywhere.
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const FAILING = new Set(['serious', 'critical']);

// The app's CSP refuses inline scripts; axe can only be injected with it bypassed.
test.use({ bypassCSP: true, viewport: { width: 1366, height: 768 } });

interface Found {
  where: string;
  id: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

async function audit(page: Page, where: string): Promise<Found[]> {
  // Let transitions (modal fade-in, tab panels) finish so colours are measured as shown.
  await page.waitForTimeout(350);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Experimental in axe, so off by default; the tryout found these, so it is part of the check.
      rules: { 'label-content-name-mismatch': { enabled: true } },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240) })),
    }));
  }, TAGS);
  return violations.map((v) => ({ where, ...v }));
}

async function settled(page: Page, heading: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('main').locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 20_000 });
}

async function go(page: Page, link: string, heading: string | RegExp = link) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: new RegExp(`^${link}`) }).click();
  await settled(page, heading);
}

/** Opens a dialog, audits it, closes it with Escape. */
async function inDialog(page: Page, found: Found[], where: string, open: () => Promise<unknown>, name: string | RegExp) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  found.push(...(await audit(page, where)));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

const click = (target: Locator) => () => target.click();

async function everyScreen(page: Page, scheme: string, incidentId: number, voucherCode: string): Promise<Found[]> {
  const found: Found[] = [];
  const at = (where: string) => `${scheme} · ${where}`;
  const main = page.getByRole('main');

  await go(page, 'Home');
  found.push(...(await audit(page, at('Home'))));
  await inDialog(page, found, at('Quick log'), click(page.getByRole('banner').getByRole('button', { name: /^Log incident/ })), 'Log an incident');
  // Search from anywhere, with results in it.
  await inDialog(
    page,
    found,
    at('Search'),
    async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: /search/i }).fill('soup');
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    },
    'Search',
  );
  // A voucher's code typed: the voucher, its Redeem and its incident.
  await inDialog(
    page,
    found,
    at('Search: a voucher code'),
    async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: /search/i }).fill(voucherCode.toLowerCase());
      await expect(page.getByRole('option', { name: new RegExp(`^Redeem ${voucherCode}`) })).toBeVisible();
    },
    'Search',
  );

  // The quick log with a returning customer's note in it.
  await inDialog(
    page,
    found,
    at('Quick log: returning customer'),
    async () => {
      await page.getByRole('banner').getByRole('button', { name: /^Log incident/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Log an incident' });
      await dialog.getByLabel('Customer name').fill('Dana Reyes');
      await dialog.getByLabel('Customer phone').fill('555 0142');
      await expect(dialog.getByRole('note', { name: 'Returning customer' })).toBeVisible();
    },
    'Log an incident',
  );

  await go(page, 'Journal');
  await expect(page.getByRole('list', { name: 'Incidents' }).getByRole('link').first()).toBeVisible();
  found.push(...(await audit(page, at('Journal'))));
  await main.getByRole('link', { name: 'Recently deleted' }).click();
  await settled(page, 'Recently deleted');
  found.push(...(await audit(page, at('Recently deleted'))));

  await go(page, 'To diagnose');
  found.push(...(await audit(page, at('To diagnose'))));

  await go(page, 'Lessons');
  found.push(...(await audit(page, at('Lessons'))));
  await inDialog(page, found, at('New lesson'), click(main.getByRole('button', { name: 'New lesson' })), 'Write a lesson');
  await main.getByRole('table', { name: 'Lessons' }).getByRole('link').first().click();
  await settled(page, /.+/);
  found.push(...(await audit(page, at('A lesson'))));

  await go(page, 'Customers');
  await expect(main.getByRole('table', { name: 'Customers' })).toBeVisible();
  found.push(...(await audit(page, at('Customers'))));
  await main.getByRole('table', { name: 'Customers' }).getByRole('link', { name: 'Dana Reyes' }).click();
  await settled(page, 'Dana Reyes');
  found.push(...(await audit(page, at('A customer'))));

  await go(page, 'Patterns');
  found.push(...(await audit(page, at('Patterns'))));

  await go(page, 'Compensation');
  found.push(...(await audit(page, at('Compensation'))));

  await go(page, 'Reports');
  found.push(...(await audit(page, at('Reports'))));

  await go(page, 'Settings');
  for (const tab of ['Shop', 'Staff', 'Categories', 'Root causes', 'Vouchers', 'Follow-up message', 'Data', 'Backups']) {
    await main.getByRole('tab', { name: tab }).click();
    await expect(main.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await expect(main.locator('.mantine-Loader-root')).toHaveCount(0);
    found.push(...(await audit(page, at(`Settings: ${tab}`))));
  }
  await inDialog(page, found, at('Restore backup'), click(main.getByRole('button', { name: /^Restore / }).first()), 'Restore this backup?');
  await main.getByRole('tab', { name: 'Root causes' }).click();
  await inDialog(page, found, at('Merge cause'), click(main.getByRole('button', { name: /^Merge / }).first()), /^Merge .+ into/);

  await go(page, 'Import & export');
  found.push(...(await audit(page, at('Import & export'))));

  // The incident prepared with a customer and a compensation (a hash change, not a reload).
  await page.goto(page.url().replace(/#.*$/, `#/incidents/${incidentId}`));
  await settled(page, /^Incident /);
  found.push(...(await audit(page, at('Incident'))));
  await inDialog(page, found, at('Delete incident'), click(main.getByRole('button', { name: 'Delete incident' })), /^Delete incident/);
  await inDialog(page, found, at('Erase customer'), click(main.getByRole('button', { name: /^Erase customer/ })), /^Erase /);
  // The follow-up message (here not copied: the test grants no clipboard, so the dialog shows the text to copy by hand).
  await inDialog(page, found, at('Follow-up message'), click(main.getByRole('button', { name: 'Copy follow-up message' })), /^Follow-up message for /);
  await inDialog(page, found, at('Remove compensation'), click(main.getByRole('button', { name: /^Remove / }).first()), /^Remove this/);
  await inDialog(page, found, at('Write a lesson'), click(main.getByRole('button', { name: 'Write a lesson' })), 'Write a lesson');
  const cause = main.getByRole('combobox', { name: 'Root cause' });
  await inDialog(
    page,
    found,
    at('New root cause'),
    async () => {
      await cause.click();
      await cause.fill('Oven timer not set');
      await page.getByRole('option', { name: /^Create/ }).click();
    },
    'New root cause',
  );
  return found;
}

test('axe finds no serious or critical problem on any screen or dialog, light or dark', async ({ page, demoAppUrl }) => {
  test.setTimeout(240_000);
  await page.goto(demoAppUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  // Something in every list: a backup, a deleted incident, an incident with a customer and a compensation.
  const sam = await rpc<{ id: number }>(page, 'staff.create', { name: 'Axel Tester', role: 'Barista', monthlyAllowance: 50000 });
  const made = await rpc<{ incident: { id: number } }>(page, 'incidents.create', {
    whatHappened: 'Latte made with the wrong milk',
    handledById: sam.id,
    customer: { name: 'Dana Reyes', phone: '555-0142' },
  });
  await rpc(page, 'compensations.add', { incidentId: made.incident.id, kind: 'refund', cost: 450, givenById: sam.id });
  // A voucher, with its code, status and Print slip on the incident page.
  const voucher = await rpc<{ id: number; code: string }>(page, 'compensations.add', {
    incidentId: made.incident.id,
    kind: 'voucher',
    cost: 1000,
    givenById: sam.id,
    description: 'A cake of their choice',
  });
  // She came before: the incident page and the quick log say so, and the Customers screen marks her.
  await rpc(page, 'incidents.create', { whatHappened: 'Cake was stale', occurredAt: new Date(Date.now() - 20 * 86_400_000).toISOString(), customer: { name: 'Dana Reyes', phone: '(555) 0142' } });
  const gone = await rpc<{ incident: { id: number } }>(page, 'incidents.create', { whatHappened: 'Logged twice by mistake' });
  await rpc(page, 'incidents.remove', { id: gone.incident.id });
  await rpc(page, 'data.backup', {});

  const found: Found[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    found.push(...(await everyScreen(page, scheme, made.incident.id, voucher.code)));
  }
  // The voucher slip's print page (its own page, black on white whatever the theme), opened as Print slip opens it.
  const [slip] = await Promise.all([page.waitForEvent('popup'), page.evaluate((id) => window.open(`/voucher.html?id=${id}`, '_blank'), voucher.id)]);
  await slip.waitForFunction(() => document.body.dataset.slipReady === 'true');
  found.push(...(await audit(slip, 'Voucher slip page')));
  await slip.close();

  // Every finding, by place and impact (elements affected), so the minor ones stay in sight too.
  const counts = new Map<string, string[]>();
  for (const f of found) counts.set(f.where, [...(counts.get(f.where) ?? []), `${f.impact} ${f.id} ×${f.nodes.length}`]);
  console.log([...counts].map(([where, c]) => `${where}: ${c.join(', ')}`).join('\n') || 'axe: nothing found');

  const failing = found.filter((f) => FAILING.has(f.impact));
  const report = failing.map((f) => `${f.where}: ${f.id} (${f.impact}) ${f.help}\n${f.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n')}`);
  expect(report, report.join('\n')).toEqual([]);
});

test('axe finds no serious or critical problem on any step of the first-run set-up, light or dark', async ({ page, freshAppUrl }) => {
  await page.goto(freshAppUrl);
  const found: Found[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    for (const title of ['Your shop', 'Who works here', 'Who is at the counter', 'Ready to go']) {
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      found.push(...(await audit(page, `set-up ${title} (${scheme})`)));
      if (title === 'Who works here' && scheme === 'light') {
        await page.getByRole('textbox', { name: 'Name' }).fill('Sam');
        await page.getByRole('button', { name: 'Add' }).click();
        await expect(page.getByRole('list', { name: 'Staff added' })).toContainText('Sam');
      }
      if (title !== 'Ready to go') await page.getByRole('button', { name: 'Next' }).click();
    }
    if (scheme === 'light') for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Back' }).click();
  }
  const failing = found.filter((f) => FAILING.has(f.impact));
  const report = failing.map((f) => `${f.where}: ${f.id} (${f.impact}) ${f.help}\n${f.nodes.map((n) => `    ${n.target} — ${n.summary}`).join('\n')}`);
  expect(report, report.join('\n')).toEqual([]);
});
