// A new data file opens on the set-up: the shop, its staff with allowances, who is at the counter,
// all by keyboard; finished or skipped, it never shows again, and Settings holds what was entered.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { tabTo } from './keyboard';

const stepTitle = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });
const home = (page: Page) => page.getByRole('heading', { name: 'Home', level: 1 });

test('a new file: name, locale, currency, two staff with allowances and the counter person, by keyboard', async ({ page, freshAppUrl }) => {
  await page.goto(freshAppUrl);
  await expect(stepTitle(page, 'Your shop')).toBeVisible();
  // First the language (issue 18): the computer's, here English; everything after it speaks it.
  const language = page.getByRole('combobox', { name: 'Language' });
  await expect(language).toBeFocused();
  await expect(language).toHaveValue('English');
  await page.keyboard.press('Tab');
  const name = page.getByRole('textbox', { name: 'Shop name' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Corner Café');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Locale' })).toBeFocused();
  await page.keyboard.type('en-GB');
  await page.keyboard.press('Enter');
  // The currency follows the locale until it is picked; picked here, it stays.
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue(/^GBP/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toBeFocused();
  await page.keyboard.type('EUR');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue(/^EUR/);
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  await expect(stepTitle(page, 'Who works here')).toBeVisible();
  const person = page.getByRole('textbox', { name: 'Name' });
  await expect(person).toBeFocused();
  for (const [who, amount] of [['Sam', '50'], ['Alex', '25.50']] as const) {
    await page.keyboard.type(who);
    await page.keyboard.press('Tab');
    await page.keyboard.type(amount);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('list', { name: 'Staff added' }).getByText(new RegExp(`^${who} · `))).toBeVisible();
    await expect(person).toBeFocused();
  }
  const added = page.getByRole('list', { name: 'Staff added' });
  await expect(added).toContainText('Sam · €50.00 a month');
  await expect(added).toContainText('Alex · €25.50 a month');
  // Enter on the empty name goes on.
  await page.keyboard.press('Enter');

  await expect(stepTitle(page, 'Who is at the counter')).toBeVisible();
  // The list is in name order, the first person chosen to start with; 2 picks the second.
  await expect(page.getByRole('radio', { name: 'Alex' })).toBeFocused();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: 'Sam' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sam' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(stepTitle(page, 'Ready to go')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your set-up' })).toContainText('At the counter: Sam');
  await expect(page.getByText('You can change all of this in Settings')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start using Makegood' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(home(page)).toBeVisible();

  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(stepTitle(page, 'Your shop')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('heading', { name: 'Corner Café' })).toBeVisible();
  await expect(page.getByRole('button', { name: /At the counter: Sam/ })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Business name' })).toHaveValue('Corner Café');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue(/^EUR/);
  await expect(page.getByRole('combobox', { name: 'Locale' })).toHaveValue(/^en-GB/);
  await page.getByRole('tab', { name: 'Staff' }).click();
  await expect(page.getByRole('textbox', { name: 'Monthly allowance of Sam' })).toHaveValue('50.00');
  await expect(page.getByRole('textbox', { name: 'Monthly allowance of Alex' })).toHaveValue('25.50');
});

test('every step skipped: Home, on the defaults, and the set-up never shows again', async ({ page, freshAppUrl }) => {
  await page.goto(freshAppUrl);
  for (const title of ['Your shop', 'Who works here', 'Who is at the counter']) {
    await expect(stepTitle(page, title)).toBeVisible();
    await page.getByRole('button', { name: 'Skip this step' }).click();
  }
  await expect(stepTitle(page, 'Ready to go')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your set-up' })).toContainText('Staff: none yet');
  await page.keyboard.press('Enter');
  await expect(home(page)).toBeVisible();
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(stepTitle(page, 'Your shop')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('heading', { name: 'My shop' })).toBeVisible();
  await expect(page.getByRole('button', { name: /At the counter: nobody set/ })).toBeVisible();
});

test('“Set up later” from the first step goes Home at once, for good', async ({ page, freshAppUrl }) => {
  await page.goto(freshAppUrl);
  await expect(stepTitle(page, 'Your shop')).toBeVisible();
  await page.getByRole('button', { name: 'Set up later' }).click();
  await expect(home(page)).toBeVisible();
  await page.reload();
  await expect(home(page)).toBeVisible();
  await expect(stepTitle(page, 'Your shop')).toHaveCount(0);
});
