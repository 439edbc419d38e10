// A returning customer: the quick log recognises them as their details are typed (the phone in
// another format than before), links their earlier incidents, and the Customers screen opens from search.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

type Created = { incident: { id: number; ref: string } };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function danaCameTwice(page: Page) {
  await page.keyboard.press('Escape'); // nothing open; the page has the focus
  const first = await rpc<Created>(page, 'incidents.create', {
    whatHappened: 'Soup arrived cold',
    occurredAt: daysAgo(60),
    customer: { name: 'Dana Whitlock', phone: '(555) 010-4477' },
  });
  const second = await rpc<Created>(page, 'incidents.create', {
    whatHappened: 'Order given to another table',
    occurredAt: daysAgo(12),
    customer: { name: 'dana whitlock', phone: '555.010.4477' },
  });
  // Another Whitlock on the same phone (a family) and another Dana: neither is her.
  await rpc(page, 'incidents.create', { whatHappened: 'Card declined twice', customer: { name: 'Sam Whitlock', phone: '555 010 4477' } });
  await rpc(page, 'incidents.create', { whatHappened: 'Wrong change', customer: { name: 'Dana Smith', phone: '555 999 1234' } });
  return { first: first.incident, second: second.incident };
}

test('the quick log recognises a returning customer by name and phone in another format, and links the earlier incident', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const { first, second } = await danaCameTwice(page);

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await page.keyboard.type('Coffee spilled on her coat');
  await dialog.getByLabel('Customer name').focus();
  await page.keyboard.type('Dana Whitlock');
  const note = dialog.getByRole('note', { name: 'Returning customer' });
  // The name alone is not enough.
  await page.waitForTimeout(600);
  await expect(note).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.type('+1 555 010 4477');
  await expect(note).toContainText(/^3rd time since \w+/);
  await expect(note).toContainText(`${first.ref} (`);
  await expect(note).toContainText('the last was 12 days ago');
  // Typing goes on where it was: the note took no focus.
  await expect(dialog.getByLabel('Customer phone')).toBeFocused();

  await note.getByRole('link', { name: second.ref, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/incidents/${second.id}$`));
  // The incident's own page says the same, before and after it.
  const pageNote = page.getByRole('note', { name: 'Returning customer' });
  await expect(pageNote).toContainText('1 other incident');
  await expect(pageNote).toContainText(first.ref);
  await expect(pageNote).toContainText('the one before was 48 days earlier');
  // What was typed waits as a draft.
  await page.keyboard.press('n');
  await expect(dialog.getByLabel('Customer phone')).toHaveValue('+1 555 010 4477');
});

test('the Customers screen from search: the person, marked as a repeat customer, with their incidents and what they were given', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const { first, second } = await danaCameTwice(page);
  const sam = await rpc<{ id: number }>(page, 'staff.create', { name: 'Sam Ortiz', monthlyAllowance: 100000 });
  await rpc(page, 'compensations.add', { incidentId: first.id, kind: 'refund', cost: 1250, givenById: sam.id });
  await rpc(page, 'incidents.update', { id: first.id, changes: { scoreBefore: 3, scoreAfter: 9, outcome: 'retained' } });

  await page.keyboard.press('Control+k');
  // Typed once the box has the focus: a W before it would open "At the counter".
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('combobox', { name: /^Search incidents/ })).toBeFocused();
  await page.keyboard.type('whitlock');
  const customers = page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Customers' });
  await expect(customers.getByRole('option')).toHaveCount(2);
  await customers.getByRole('option', { name: /Dana Whitlock/ }).click();

  await expect(page.getByRole('heading', { name: 'Dana Whitlock', level: 1 })).toBeVisible();
  await expect(page.getByText('Repeat customer · 2 incidents')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Their incidents' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(second.ref);
  await expect(rows.nth(2)).toContainText(first.ref);
  await expect(rows.nth(2)).toContainText('$12.50');
  await expect(rows.nth(2)).toContainText('3 → 9');
  await expect(rows.nth(2)).toContainText('Retained');

  // The list of everyone, newest first, marks her and not the others.
  await page.getByRole('link', { name: '← Customers' }).click();
  const list = page.getByRole('table', { name: 'Customers' });
  await expect(list.getByRole('row', { name: /Dana Whitlock/ })).toContainText('Repeat customer');
  await expect(list.getByRole('row', { name: /Sam Whitlock/ })).not.toContainText('Repeat customer');
  await page.getByLabel('Only repeat customers (2 or more incidents)').check();
  await expect(list.getByRole('row')).toHaveCount(2);
});
