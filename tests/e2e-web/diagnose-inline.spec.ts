// The weekly huddle by keyboard: diagnose from the To diagnose list, one incident after another, no page per item.
import { expect, test } from './fixtures';
import { tabTo } from './keyboard';

const COUNT = /^([\d,]+) incidents?$/;

test('diagnose three items in a row by keyboard only: type the cause, Enter, D', async ({ page, demoAppUrl }) => {
  await page.goto(demoAppUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^To diagnose/ }).click();
  const table = page.getByRole('table', { name: 'Incidents to diagnose' });
  await expect(table).toBeVisible();
  const counter = page.getByText(COUNT);
  const countNow = async () => Number((COUNT.exec((await counter.textContent()) ?? '')?.[1] ?? '').replace(/,/g, ''));
  const refs = async () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-incident') ?? ''));

  const before = await countNow();
  const [first] = await refs();
  expect(first).toBeTruthy();
  await tabTo(page, page.getByRole('combobox', { name: `Root cause for ${first}`, exact: true }), 40);

  const done: { ref: string; cause: string; href: string }[] = [];
  for (const [typed, cause] of [
    ['descaling', 'Espresso machine needs descaling'],
    ['queue blocks', 'Queue blocks the door'],
    ['card reader', 'Card reader drops connection'],
  ] as const) {
    const [ref, next] = await refs();
    const href = (await table.getByRole('link', { name: ref, exact: true }).getAttribute('href')) ?? '';
    const picker = page.getByRole('combobox', { name: `Root cause for ${ref}`, exact: true });
    await expect(picker).toBeFocused();
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await expect(picker).toHaveValue(cause);
    await expect(page.getByRole('button', { name: `Diagnose ${ref}`, exact: true })).toBeFocused();
    await page.keyboard.press('d');

    // The row leaves, the count drops, and the next incident's picker has the focus.
    await expect(table.locator(`tr[data-incident="${ref}"]`)).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: `Root cause for ${next}`, exact: true })).toBeFocused();
    await expect(page.getByRole('status')).toHaveText(`${ref} diagnosed: ${cause}.`);
    await expect.poll(countNow).toBe(before - done.length - 1);
    done.push({ ref: ref ?? '', cause, href });
  }

  // Saved for real: each incident's page shows its cause and a done Diagnose step.
  for (const { ref, cause, href } of done) {
    await page.evaluate((h) => (location.hash = h), href.replace(/^.*#/, '#'));
    await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Root cause' })).toHaveValue(cause);
    await expect(page.getByRole('checkbox', { name: 'Diagnose' })).toBeChecked();
  }
});
