// A shop that speaks German (issue 18): a file made on a German computer, opened in a German browser,
// shows every main screen in German at 1366×768 with nothing clipped; and a switch in Settings
// takes effect at once, with no restart.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

const catalogue = (language: string): Record<string, string> => JSON.parse(readFileSync(`shared/i18n/messages/${language}.json`, 'utf8'));
const english = catalogue('en');

test.use({ locale: 'de-DE', viewport: { width: 1366, height: 768 } });

/**
 * The catalogue's English words that `language` says otherwise, without placeholders: any of them on
 * its screens, as a whole text or a name a control is read by, is English left behind. The demo
 * writes a German file's records in German too, so its data counts as well.
 */
function englishOnly(language: string): Set<string> {
  const theirs = catalogue(language);
  return new Set(
    Object.entries(english)
      .filter(([id, words]) => !words.includes('{') && words.length >= 4 && theirs[id] !== words && !id.startsWith('cli.'))
      .map(([, words]) => words),
  );
}

/** English catalogue words found on the page: text nodes, and labels, placeholders and titles. */
async function englishOn(page: Page, englishWords: Set<string>): Promise<string[]> {
  const shown = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el && el.closest('[aria-hidden="true"], script, style')) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return [...new Set(shown.filter((text) => englishWords.has(text)))];
}

/** Text cut off where nobody meant it: a box that hides what does not fit, with no ellipsis to say so; or a page wider than the window. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.scrollingElement && document.scrollingElement.scrollWidth > window.innerWidth + 1) out.push(`the page is ${document.scrollingElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!el.offsetParent || !el.textContent?.trim() || el.closest('[aria-hidden="true"]')) continue;
      // Words for screen readers only are a pixel wide on purpose.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      const style = getComputedStyle(el);
      const hides = ['hidden', 'clip'].includes(style.overflowX);
      const says = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
      if (hides && !says && el.scrollWidth > el.clientWidth + 1 && el.children.length === 0) out.push(`${el.tagName.toLowerCase()}: ${el.textContent.trim().slice(0, 60)}`);
    }
    return out;
  });
}

const GERMAN = englishOnly('de');

async function check(page: Page, screen: string, englishWords = GERMAN) {
  // The screen's data drawn: no loader left, then a moment for the last query's rows (the live-changes stream keeps the network busy).
  await expect(page.locator('.mantine-Loader-root, [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(400);
  expect(await englishOn(page, englishWords), `English on ${screen}`).toEqual([]);
  expect(await clipped(page), `clipped on ${screen}`).toEqual([]);
}

test('a German file in a German browser: every main screen in German, nothing clipped at 1366×768', async ({ page, germanDemoAppUrl }) => {
  test.setTimeout(120_000);
  await page.goto(germanDemoAppUrl);
  await expect(page.getByRole('heading', { name: 'Start', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await check(page, 'Start');
  const nav = page.getByRole('navigation', { name: 'Hauptmenü' });
  for (const [link, heading] of [
    ['Journal', 'Journal'],
    ['Zu analysieren', 'Zu analysieren'],
    ['Erkenntnisse', 'Erkenntnisse'],
    ['Kunden', 'Kunden'],
    ['Muster', 'Muster'],
    ['Entschädigung', 'Entschädigung'],
    ['Berichte', 'Berichte'],
    ['Einstellungen', 'Einstellungen'],
    ['Import & Export', 'Import & Export'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await check(page, link);
  }
  // Every tab of Settings.
  await nav.getByRole('link', { name: 'Einstellungen' }).click();
  for (const tab of ['Team', 'Kategorien', 'Ursachen', 'Gutscheine', 'Nachfass-Nachricht', 'Sicherungen', 'Daten', 'Geschäft']) {
    await page.getByRole('tab', { name: tab }).click();
    await check(page, `Einstellungen › ${tab}`);
  }
  // An incident, with its H.E.A.R.D. steps: the letters stay, the words are German.
  await nav.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: /^MG-\d+/ }).first().click();
  await expect(page.getByText('Zuhören', { exact: true }).first()).toBeVisible();
  await check(page, 'a Vorfall');
  // The quick log.
  await page.getByRole('button', { name: /Vorfall erfassen/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check(page, 'Schnellerfassung');
});

test('the language changes in Settings at once, with no restart; the next screen speaks it too', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.click();
  await page.getByRole('option', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { name: 'Réglages', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await page.reload();
  // Kept in the file: a reload (or another counter) speaks it too.
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Réglages' }).click();
  await page.getByRole('combobox', { name: 'Langue' }).click();
  await page.getByRole('option', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
});

test('Spanish and French too: Home, the journal, Patterns, Settings and the quick log, no English of ours, nothing clipped', async ({ page, germanDemoAppUrl }) => {
  test.setTimeout(120_000);
  await page.goto(germanDemoAppUrl);
  await expect(page.getByRole('heading', { name: 'Start', level: 1 })).toBeVisible();
  for (const [language, home, nav] of [
    ['es', 'Inicio', 'Menú principal'],
    ['fr', 'Accueil', 'Menu principal'],
  ] as const) {
    await rpc(page, 'settings.update', { language });
    await page.evaluate(() => {
      location.hash = '/';
    });
    await page.reload();
    await expect(page.getByRole('heading', { name: home, level: 1 })).toBeVisible();
    const words = englishOnly(language);
    await check(page, `${language}: ${home}`, words);
    const links = page.getByRole('navigation', { name: nav }).getByRole('link');
    for (const n of [1, 5, 8]) {
      await links.nth(n).click();
      await check(page, `${language}: link ${n}`, words);
    }
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check(page, `${language}: quick log`, words);
    await page.keyboard.press('Escape');
  }
});

test('what the core writes is German too: an import’s problems, and the encoding it asks for', async ({ page, germanDemoAppUrl }) => {
  const de = catalogue('de');
  await page.goto(germanDemoAppUrl);
  await page.getByRole('link', { name: de['shell.nav.data']! }).click();
  // A German paper log: German headers, a German month name, a severity the import cannot read.
  const csv = ['Datum,Was ist passiert,Schwere', '5. Januar 2026,Kaffee war kalt,2', '6. Januar 2026,Torte zerdrückt,9'].join('\n');
  await page.getByLabel(de['data.file.label']!).setInputFiles({ name: 'kladde.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const problems = page.getByRole('table', { name: de['data.preview.problems']! });
  await expect(problems.getByRole('row').nth(1)).toContainText('„9“ ist keine Schwere');
  expect(await englishOn(page, englishOnly('de'))).toEqual([]);
  await page.screenshot({ path: 'test-results/german-import-problems.png' });

  // Not UTF-8: the screen still offers the encoding, though the reason is now German.
  const latin1 = Buffer.from('Datum,Was ist passiert\n2026-01-05T10:00,Caf\u00e9 zu kalt\n', 'latin1');
  await page.getByLabel(de['data.file.label']!).setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  await expect(page.getByRole('alert').filter({ hasText: de['data.file.notUtf8'] })).toBeVisible();
});
