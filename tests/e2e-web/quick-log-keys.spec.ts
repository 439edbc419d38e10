// The quick log at the counter, counted in keys (issue 15): Tab stops around the dialog, the keystrokes of a
// typical entry, the first letter after N, Discard that discards, the focus after saving, and who is at the
// counter as the default "handled by", remembered after a reload.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

type Staff = { id: number; name: string };
type Detail = { incident: { severity: number; categoryId: number | null; handledById: number | null; customer: { name: string } | null } };

/** Every key a person presses: characters typed, and the others (Tab, Enter, N, a severity digit). */
class Keys {
  text = 0;
  other = 0;
  constructor(private readonly page: Page) {}
  async type(s: string) {
    this.text += [...s].length;
    await this.page.keyboard.type(s);
  }
  async press(key: string) {
    this.other += 1;
    await this.page.keyboard.press(key);
  }
  get total() {
    return this.text + this.other;
  }
}

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement);

async function home(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
}

async function withStaff(page: Page, url: string): Promise<Staff> {
  await home(page, url);
  const sam = await rpc<Staff>(page, 'staff.create', { name: 'Sam Ortiz', role: 'Barista', monthlyAllowance: 5000 });
  await rpc(page, 'staff.create', { name: 'Alex Owner', role: 'Owner', monthlyAllowance: 50000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  return sam;
}

/** W opens "At the counter"; the person's digit picks them. */
async function setCounter(page: Page, name: string) {
  await page.keyboard.press('w');
  const menu = page.getByRole('menu', { name: /^At the counter/ });
  await expect(menu.getByRole('menuitemradio', { checked: true })).toBeFocused();
  const names = await menu.getByRole('menuitemradio').allTextContents();
  const digit = names.findIndex((n) => n.startsWith(name)) + 1;
  expect(digit, names.join(', ')).toBeGreaterThan(0);
  await page.keyboard.press(String(digit));
  await expect(page.getByRole('banner').getByRole('button', { name: `At the counter: ${name}` })).toBeVisible();
}

const quickLog = (page: Page) => page.getByRole('dialog', { name: 'Log an incident' });

test('at most 14 Tab stops around the dialog, in the order of the decisions; "Occurred at" is one stop', async ({ page, appUrl }) => {
  await home(page, appUrl);
  await page.keyboard.press('n');
  const dialog = quickLog(page);
  const what = dialog.getByLabel('What happened');
  await expect(what).toBeFocused();

  const stops: string[] = ['What happened'];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(what)) break;
    const { name, inDialog } = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const labelledBy = el.getAttribute('aria-labelledby');
      const byIds = labelledBy
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      const label = (el as HTMLInputElement).labels?.[0]?.textContent;
      const name = el.getAttribute('aria-label') ?? byIds ?? label ?? el.textContent ?? el.tagName;
      return { name: name.replace(/\s+/g, ' ').trim(), inDialog: !!el.closest('[role="dialog"]') };
    });
    expect(inDialog, name).toBe(true);
    stops.push(name);
  }
  console.log(`Tab stops around the quick log: ${stops.length}\n  ${stops.join('\n  ')}`);
  expect(stops.length).toBeLessThanOrEqual(14);
  // From "what happened": severity 1 Tab, category 2, customer name 3, phone 4, handled by 6.
  expect(stops.slice(1, 8)).toEqual(['Minor', 'Category', 'Customer name', 'Customer phone', 'Customer email', 'Handled by', 'Occurred at Now']);

  // "Occurred at" opens its picker only when asked; Esc closes the picker, not the quick log.
  const occurred = dialog.getByRole('button', { name: 'Occurred at Now' });
  await occurred.focus();
  await page.keyboard.press('Enter');
  const picker = dialog.getByLabel('Date and time it happened');
  await expect(picker).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(occurred).toBeFocused();
  await page.keyboard.press('Enter');
  await picker.fill('2026-03-04T09:15');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible(); // Enter in the picker only closes it
  await expect(dialog.getByRole('button', { name: /^Occurred at / })).not.toHaveText('Now');
  await expect(dialog.getByRole('button', { name: /^Occurred at / })).toBeFocused();
});

test('the counter path: N, what happened, severity, category, customer name, Enter — counted; focus lands on Open', async ({ page, appUrl }) => {
  const sam = await withStaff(page, appUrl);
  await setCounter(page, 'Sam Ortiz');

  // Remembered on this computer: after a reload it is still Sam, and Sam handles the quick log.
  await page.reload();
  await expect(page.getByRole('banner').getByRole('button', { name: 'At the counter: Sam Ortiz' })).toBeVisible();

  const keys = new Keys(page);
  const dialog = quickLog(page);
  await keys.press('n');
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Handled by' })).toHaveValue('Sam Ortiz');
  await expect(dialog.getByText(/Draft/)).toHaveCount(0); // nothing typed, nothing to say about a draft
  await keys.type('Waited 20 minutes for a flat white');
  await keys.press('Tab');
  await expect(dialog.getByRole('radio', { name: 'Minor' })).toBeFocused();
  await keys.press('3');
  await expect(dialog.getByRole('radio', { name: 'Major' })).toBeChecked();
  await keys.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Category' })).toBeFocused();
  await keys.type('wait');
  await keys.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Category' })).toHaveValue('Wait or delay');
  await expect(dialog).toBeVisible(); // Enter took the category, it did not save yet
  await keys.press('Tab');
  await expect(dialog.getByLabel('Customer name')).toBeFocused();
  await keys.type('Dana Whitfield');
  await keys.press('Enter');
  await expect(dialog).toBeHidden();

  console.log(`Counter path keystrokes: ${keys.total} (${keys.text} text, ${keys.other} other)`);
  // Before (issue 15's layout, the same words): 72 keystrokes, 15 of them not text; 83/18 in the tryout.
  expect(keys.other).toBeLessThanOrEqual(7);
  expect(keys.total).toBeLessThanOrEqual(59);

  // The focus is on the saved note's Open link: Enter opens the incident.
  const saved = page.getByText(/^Incident .+ logged$/);
  const ref = /^Incident (.+) logged$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  await expect(page.getByRole('link', { name: `Open ${ref}` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();
  const id = Number(/#\/incidents\/(\d+)/.exec(page.url())?.[1]);
  const { incident } = await rpc<Detail>(page, 'incidents.get', { id });
  const categories = await rpc<Staff[]>(page, 'categories.list', {});
  expect(incident).toMatchObject({
    severity: 3,
    categoryId: categories.find((c) => c.name === 'Wait or delay')?.id,
    handledById: sam.id,
    customer: { name: 'Dana Whitfield' },
  });
});

test('one letter then Enter takes the best match, even a letter "Not chosen" also holds, however fast it is typed', async ({ page, appUrl }) => {
  await withStaff(page, appUrl);
  const dialog = quickLog(page);
  const category = dialog.getByRole('combobox', { name: 'Category' });
  // Mantine's Select went back, a moment after the list opened, to the option already chosen
  // when it also held the letter: "c", Enter kept "Not chosen" (a flaky CI run found it).
  for (const [typed, taken] of [
    ['c', 'Cleanliness'],
    ['o', 'Out of stock'], // "Other" is last on the list
    ['w', 'Wrong order'],
    ['wr', 'Wrong order'],
    ['wait', 'Wait or delay'],
  ] as const) {
    for (const delay of [0, 150]) {
      await page.keyboard.press('n');
      await expect(dialog.getByLabel('What happened')).toBeFocused();
      await category.focus();
      await page.keyboard.type(typed, { delay });
      await page.waitForTimeout(delay);
      await page.keyboard.press('Enter');
      await expect(category, `${typed}, ${delay} ms apart`).toHaveValue(taken);
      await expect(dialog).toBeVisible(); // Enter took the category; it did not save
      await dialog.getByRole('button', { name: 'Discard' }).click();
      await expect(dialog).toBeHidden();
    }
  }
});

test('the first letter after N is never lost, even right after choosing who is at the counter', async ({ page, appUrl }) => {
  await withStaff(page, appUrl);
  const dialog = quickLog(page);
  for (let i = 0; i < 10; i++) {
    if (i % 2 === 1) {
      // The menu is still fading out when N and the first letters arrive.
      await page.keyboard.press('w');
      await expect(page.getByRole('menu', { name: /^At the counter/ }).getByRole('menuitemradio', { checked: true })).toBeFocused();
      await page.keyboard.press(String(1 + (i % 4 === 1 ? 0 : 1)));
    }
    await page.keyboard.press('n');
    await page.keyboard.type('Waited', { delay: 0 });
    await expect(dialog.getByLabel('What happened'), `try ${i + 1}`).toHaveValue('Waited');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await expect(dialog).toBeHidden();
  }
});

test('Discard within the autosave’s 300 ms stays discarded; an untouched form says nothing about a draft', async ({ page, appUrl }) => {
  await home(page, appUrl);
  // A busy counter PC: the clear reaches the file at once but its answer comes late, so the dialog is still
  // there when the autosave's 300 ms are up. Without cancelling it, that save would bring the draft back.
  await page.route('**/rpc/drafts.clear', async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, 600));
    await route.fulfill({ response });
  });
  const dialog = quickLog(page);
  await page.keyboard.press('n');
  const what = dialog.getByLabel('What happened');
  await expect(what).toBeFocused();
  await what.evaluate((el) => el.addEventListener('input', () => ((window as unknown as { lastInput: number }).lastInput = performance.now())));
  await page.keyboard.type('Half a thought', { delay: 0 });
  // Clicked from the page itself, so the time between the last key and Discard is the page's, not the test's.
  const sinceLastKey = await dialog.getByRole('button', { name: 'Discard' }).evaluate((button: HTMLElement) => {
    button.click();
    return performance.now() - (window as unknown as { lastInput: number }).lastInput;
  });
  expect(sinceLastKey, 'discarded before the autosave was due').toBeLessThan(300);
  await expect(dialog).toBeHidden();

  await page.waitForTimeout(1000);
  // This counter's draft (renderer/src/quicklog/draftApi.ts: one per browser profile or app install).
  const key = await page.evaluate(() => `quick-log.${localStorage.getItem('makegood.counter-id') ?? ''}`);
  expect(key).toMatch(/^quick-log\.[0-9a-f]{12}$/);
  expect(await rpc<{ value: unknown }>(page, 'drafts.get', { key })).toMatchObject({ value: null });
  await page.keyboard.press('n');
  await expect(what).toHaveValue('');
  await expect(dialog.getByText('Your unsaved entry is back')).toHaveCount(0);
  await page.waitForTimeout(600);
  await expect(dialog.getByText(/Draft/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText('An unsaved incident is waiting')).toHaveCount(0);
});

test('browser mode shows N as the quick-log key (Ctrl+N belongs to the browser)', async ({ page, appUrl }) => {
  await home(page, appUrl);
  const button = page.getByRole('banner').getByRole('button', { name: /Log incident/ });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'N');
  await expect(button.locator('kbd')).toHaveText('N');
});
