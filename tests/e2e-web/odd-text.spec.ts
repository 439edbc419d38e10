// Markup, right-to-left text and emoji typed into an incident are shown as the text typed, never
// read as markup: no element is injected, no script runs, no dialog opens, on the incident view,
// in the journal and on Home.
import { expect, test } from './fixtures';

const WHAT = 'Said <img src=x onerror="alert(\'what\')"> & <mg-injected>bold</mg-injected> — הזמנה שגויה 👩‍👩‍👧‍👦';
const CUSTOMER = '<svg onload="alert(\'name\')"></svg>مريم 🎂';
const NOTE = '<script>document.title="pwned"</script> "quoted" & שלום 👍🏽';

test('HTML, RTL and emoji in an incident read as literal text everywhere', async ({ page, appUrl }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  // Logged by keyboard through the quick log, as at the counter.
  await page.keyboard.press('n');
  const quickLog = page.getByRole('dialog', { name: 'Log an incident' });
  await quickLog.getByLabel('What happened').fill(WHAT);
  await quickLog.getByLabel('Customer name').fill(CUSTOMER);
  await quickLog.getByLabel('Customer name').press('Enter');
  await expect(quickLog).toBeHidden();
  const saved = page.getByText(/^Incident .+ logged$/);
  const ref = /^Incident (.+) logged$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(ref).not.toBe('');

  // Open it from the journal; the row shows both texts as typed.
  await page.getByRole('link', { name: 'Journal' }).click();
  const row = page.getByRole('list', { name: 'Incidents' }).getByRole('link', { name: new RegExp(`^${ref} `) });
  await expect(row).toContainText(WHAT);
  await expect(row).toContainText(CUSTOMER);
  await row.click();
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();

  const note = page.getByRole('textbox', { name: 'Internal note' });
  await note.fill(NOTE);
  await note.blur();
  // The timeline says the note changed without repeating it.
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Internal note edited');

  // After a reload, from the data file: the fields hold the text exactly.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'What happened' })).toHaveValue(WHAT);
  await expect(page.getByRole('textbox', { name: 'Customer name' })).toHaveValue(CUSTOMER);
  await expect(page.getByRole('textbox', { name: 'Internal note' })).toHaveValue(NOTE);
  await expectNothingInjected();

  // Home lists it as open, as text.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('main')).toContainText(WHAT);
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('list', { name: 'Incidents' })).toContainText(CUSTOMER);
  await expectNothingInjected();

  async function expectNothingInjected() {
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('mg-injected')).toHaveCount(0);
    await expect(page.locator('svg[onload]')).toHaveCount(0);
    await expect(page.locator('script', { hasText: 'pwned' })).toHaveCount(0);
    expect(await page.title()).not.toBe('pwned');
    expect(dialogs).toEqual([]);
  }
});
