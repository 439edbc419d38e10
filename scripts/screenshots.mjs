// The README's screenshots, taken from the running app: `npm run build`, then
// `node scripts/screenshots.mjs`. A demo data file is made in a temp folder, `makegood serve`
// serves it, Chromium (MAKEGOOD_CHROMIUM, else /usr/bin/chromium) opens each screen at 1366×768
// in the light theme, and the pictures replace docs/screenshots/*.png. The report's page is made
// from a PDF, so it is left to `makegood report` and pdftoppm.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'bin', 'makegood.js');
const out = (name) => join(root, 'docs', 'screenshots', `${name}.png`);
const dir = mkdtempSync(join(tmpdir(), 'makegood-shots-'));
const db = join(dir, 'demo.sqlite');

const demo = spawnSync(process.execPath, [bin, '--db', db, 'demo', '--incidents', '3000', '--seed', '7'], { stdio: 'inherit' });
if (demo.status !== 0) process.exit(demo.status ?? 1);

const serve = spawn(process.execPath, [bin, '--db', db, 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
const link = await new Promise((done, fail) => {
  let text = '';
  serve.stdout.on('data', (chunk) => {
    text += chunk;
    const found = /(http:\/\/127\.0\.0\.1:\d+\/#key=\S+)/.exec(text);
    if (found) done(found[1]);
  });
  serve.on('exit', (code) => fail(new Error(`serve exited ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.MAKEGOOD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, colorScheme: 'light' });
  await page.goto(link);
  const heading = (name) => page.getByRole('heading', { name, level: 1 }).waitFor();
  const settle = () => page.waitForTimeout(600);
  const go = async (link, name = link) => {
    await page.getByRole('navigation').getByRole('link', { name: link }).first().click();
    await heading(name);
    await settle();
  };

  await heading('Home');
  await settle();
  await page.screenshot({ path: out('home') });

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await dialog.waitFor();
  await page.keyboard.type('Waited 20 minutes for a flat white; the order slip was lost', { delay: 10 });
  await settle();
  await page.screenshot({ path: out('quick-log') });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await go('Journal');
  await page.screenshot({ path: out('journal') });
  await page.getByRole('list', { name: 'Incidents' }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settle();
  await page.screenshot({ path: out('incident') });

  await go('Compensation');
  await page.screenshot({ path: out('tracker') });
  await go('Lessons');
  await page.screenshot({ path: out('lessons') });
  await go('Patterns');
  await page.waitForTimeout(1200);
  await page.screenshot({ path: out('patterns') });
  console.log('docs/screenshots: home, quick-log, journal, incident, tracker, lessons, patterns');
} finally {
  await browser.close();
  serve.kill();
  rmSync(dir, { recursive: true, force: true });
}
