// Search from anywhere: with a customer on the phone, Ctrl+K from Home finds their incident by
// name, and the keys open it; `/` opens the same box from the journal.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

async function setUp(page: Page, appUrl: string) {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await rpc(page, 'incidents.create', { whatHappened: 'Waited at the till', customer: { name: 'Someone Else' } });
  const created = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', {
    whatHappened: 'Soup arrived cold',
    customer: { name: 'Dana Whitfield', phone: '(555) 010-4477' },
  });
  await rpc(page, 'lessons.create', { title: 'Dana’s table gets soup first' });
  return created.incident;
}

const searchBox = (page: Page) => page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: /^Search incidents, lessons and root causes/ });

test('from Home, Ctrl+K and a customer’s name: ArrowDown and Enter open the incident', async ({ page, appUrl }) => {
  const incident = await setUp(page, appUrl);
  await page.keyboard.press('Control+k');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await box.pressSequentially('dana');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('group', { name: 'Incidents' }).getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('group', { name: 'Lessons' }).getByRole('option', { name: /Dana’s table gets soup first/ })).toBeVisible();
  // Nothing is chosen until ArrowDown; ArrowDown again moves on to the lesson, ArrowUp back.
  const found = results.getByRole('option', { name: new RegExp(`${incident.ref} · Dana Whitfield`) });
  await expect(found).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', `search-incident-${incident.id}`);
  await page.keyboard.press('ArrowDown');
  await expect(found).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(found).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Incident ${incident.ref}` })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
});

test('the phone in another format finds the incident, and Enter opens the first result', async ({ page, appUrl }) => {
  const incident = await setUp(page, appUrl);
  await page.keyboard.press('Control+k');
  await searchBox(page).fill('555.010.4477');
  await expect(page.getByRole('option', { name: new RegExp(`${incident.ref} · Dana Whitfield`) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/incidents/${incident.id}$`));
});

test('`/` from the journal opens the search box; Esc closes it and gives the keys back', async ({ page, appUrl }) => {
  await setUp(page, appUrl);
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  // Focus is on the Journal link: not a field, so `/` is a shortcut.
  await page.keyboard.press('/');
  const box = searchBox(page);
  await expect(box).toBeFocused();
  // The `/` that opened it is not typed into it.
  await expect(box).toHaveValue('');
  await box.pressSequentially('till');
  await expect(page.getByRole('option', { name: /Someone Else/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
});

test('nothing found says so, and a `/` typed into a field stays in the field', async ({ page, appUrl }) => {
  await setUp(page, appUrl);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await searchBox(page).fill('zzqx');
  await expect(page.getByRole('dialog', { name: 'Search' })).toContainText('Nothing found for “zzqx”.');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Journal' }).click();
  const journalSearch = page.getByRole('searchbox', { name: 'Search', exact: true });
  await journalSearch.pressSequentially('a/b');
  await expect(journalSearch).toHaveValue('a/b');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
});

test('keys typed at once after Ctrl+K or / all reach the box, none lost while it opens', async ({ page, appUrl }) => {
  await setUp(page, appUrl);
  for (let attempt = 0; attempt < 5; attempt++) {
    // Typed as one burst, before the dialog is drawn: the box must hold every letter.
    await page.keyboard.press(attempt % 2 === 0 ? 'Control+k' : '/');
    await page.keyboard.type('whitfield');
    await expect(searchBox(page)).toHaveValue('whitfield');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: /Dana Whitfield/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  }
});
