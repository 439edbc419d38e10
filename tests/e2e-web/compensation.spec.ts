// Making it right at the counter, keyboard only: a compensation past the giver's allowance needs a named
// approver; the tracker then shows the month, the person's bar and the entry, which opens the incident.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc, tabTo } from './keyboard';

async function withStaff(page: Page, appUrl: string) {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const sam = await rpc<{ id: number }>(page, 'staff.create', { name: 'Sam Ortiz', role: 'Barista', monthlyAllowance: 5000 });
  await rpc(page, 'staff.create', { name: 'Alex Owner', role: 'Owner', monthlyAllowance: 50000 });
  await page.reload();
  // Drawn again (in the file's language) before any key is pressed.
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  return sam.id;
}

test('a compensation past the allowance asks for an approver, then shows on the tracker', async ({ page, appUrl }) => {
  await withStaff(page, appUrl);

  // Sam is at the counter (W, S to reach Sam, Enter), so the quick log's "handled by" is Sam, and the
  // allowance below reads Sam's.
  await page.keyboard.press('w');
  await expect(page.getByRole('menuitemradio', { name: 'Nobody (not recorded)' })).toBeFocused();
  await page.keyboard.press('s');
  await expect(page.getByRole('menuitemradio', { name: 'Sam Ortiz' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('button', { name: 'At the counter: Sam Ortiz' })).toBeVisible();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await expect(dialog.getByRole('combobox', { name: 'Handled by' })).toHaveValue('Sam Ortiz');
  await page.keyboard.type('Birthday cake order was forgotten');
  await page.keyboard.press('Enter');
  const saved = page.getByText(/^Incident .+ logged$/);
  await expect(saved).toBeVisible();
  const ref = /^Incident (.+) logged$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(ref).not.toBe('');
  await page.getByRole('link', { name: `Open ${ref}` }).click();
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();

  // Keyboard only from the last field of the details to the new compensation.
  const card = page.getByRole('region', { name: 'Make it right' });
  await expect(card.getByText('Nothing given yet.')).toBeVisible();
  await page.getByLabel('Team lead present').focus();
  await tabTo(page, card.getByLabel('Kind'));
  await page.keyboard.type('Voucher');
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Cost')).toBeFocused();
  await page.keyboard.type('65');
  await tabTo(page, card.getByLabel('Description'));
  await page.keyboard.type('Voucher for a cake next time');
  await expect(card.getByLabel('Given by')).toHaveValue(/\d+/);

  // The warning comes before saving, in plain words; Enter without an approver asks for one.
  await expect(card.getByRole('status')).toHaveText(/Sam Ortiz has \$50\.00 of \$50\.00 left this month; this entry is \$65\.00\./);
  await page.keyboard.press('Enter');
  const approver = card.getByLabel('Approved by');
  await expect(card.getByText('Choose who approved it', { exact: true }).last()).toBeVisible();
  await expect(approver).toBeFocused();
  await page.keyboard.type('Alex');
  await page.keyboard.press('Enter');

  const entries = card.getByRole('list', { name: 'Compensations given' });
  await expect(entries).toContainText('Voucher · $65.00');
  await expect(entries).toContainText('approved by Alex Owner');
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Voucher $65.00 given')).toBeVisible();

  // The tracker: the month's total, Sam past the allowance, the entry opening its incident.
  await page.getByRole('link', { name: 'Compensation' }).click();
  await expect(page.getByRole('heading', { name: 'Compensation', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Given in .+: \$65\.00, 1 entry$/ })).toBeVisible();
  const samBar = page.getByRole('progressbar', { name: 'Sam Ortiz: spent against allowance' });
  await expect(samBar).toHaveAttribute('aria-valuetext', '$65.00 of $50.00');
  await expect(samBar).toHaveAttribute('aria-valuenow', '100');
  const table = page.getByRole('table', { name: 'Entries' });
  await expect(table.getByRole('row', { name: /Voucher for a cake next time/ })).toContainText('Alex Owner');

  // Last month had nothing; the month is in the address.
  await page.getByRole('button', { name: 'Previous month' }).click();
  await expect(page).toHaveURL(/month=\d{4}-\d{2}/);
  await expect(page.getByRole('group', { name: /^Given in .+: \$0\.00, 0 entries$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByRole('group', { name: /^Compared with .+: ▲ \$65\.00 more than / })).toBeVisible();

  await table.getByRole('link', { name: `Incident ${ref}` }).click();
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();
});

test('a bad amount is named beside the cost field and nothing is written', async ({ page, appUrl }) => {
  const samId = await withStaff(page, appUrl);
  const created = await rpc<{ incident: { id: number } }>(page, 'incidents.create', { whatHappened: 'Wrong size', handledById: samId });
  await page.goto(`${new URL(appUrl).origin}/#/incidents/${created.incident.id}`);
  const card = page.getByRole('region', { name: 'Make it right' });
  const cost = card.getByLabel('Cost');

  for (const [typed, message] of [
    ['12.345', 'Cost can have at most 2 decimal places, such as 12.50'],
    ['abc', 'Cost must be an amount such as 12.50'],
    ['-5', 'Cost cannot be negative'],
    ['', 'Enter what it cost, such as 12.50'],
  ] as const) {
    await cost.fill(typed);
    await cost.press('Enter');
    await expect(card.getByText(message)).toBeVisible();
    await expect(cost).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(card.getByText('Nothing given yet.')).toBeVisible();
  const now = new Date();
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const month = await rpc<{ count: number }>(page, 'compensations.month', { month: thisMonth });
  expect(month.count).toBe(0);
});

test('an entry is changed in the same form and removed after a confirmation', async ({ page, appUrl }) => {
  const samId = await withStaff(page, appUrl);
  const created = await rpc<{ incident: { id: number } }>(page, 'incidents.create', { whatHappened: 'Cold soup', handledById: samId });
  await rpc(page, 'compensations.add', { incidentId: created.incident.id, kind: 'refund', description: 'Soup refunded', cost: 1250, givenById: samId });
  await page.goto(`${new URL(appUrl).origin}/#/incidents/${created.incident.id}`);
  const card = page.getByRole('region', { name: 'Make it right' });
  const timeline = page.getByRole('region', { name: 'Timeline' });

  await card.getByRole('button', { name: 'Edit Refund $12.50' }).click();
  await expect(card.getByRole('form', { name: 'Change this refund' })).toBeVisible();
  const cost = card.getByLabel('Cost');
  await expect(cost).toHaveValue('12.50');
  await cost.fill('15');
  await cost.press('Enter');
  await expect(card.getByRole('list', { name: 'Compensations given' })).toContainText('Refund · $15.00');
  await expect(timeline.getByText('Refund changed: $12.50 → $15.00')).toBeVisible();

  await card.getByRole('button', { name: 'Remove Refund $15.00' }).press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Remove this refund?' });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Remove' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(card.getByText('Nothing given yet.')).toBeVisible();
  await expect(timeline.getByText('Refund removed')).toBeVisible();
});
