// Deleting is undoable, keyboard only: the confirmation says what happens, the journal no longer
// shows the incident, Undo (focused at once) brings it back; the same for a compensation; and
// Recently deleted restores within the period.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc, tabTo } from './keyboard';

async function setUp(page: Page, appUrl: string) {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const sam = await rpc<{ id: number }>(page, 'staff.create', { name: 'Sam Ortiz', role: 'Barista', monthlyAllowance: 50000 });
  const created = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', {
    whatHappened: 'Soup spilled on the counter',
    handledById: sam.id,
  });
  await rpc(page, 'compensations.add', { incidentId: created.incident.id, kind: 'refund', cost: 1250, givenById: sam.id });
  return { ...created.incident, origin: new URL(appUrl).origin };
}

const journalRow = (page: Page, ref: string) => page.getByRole('list', { name: 'Incidents' }).getByRole('link', { name: new RegExp(`^${ref} `) });

test('an incident is deleted through the confirmation, leaves the journal, and Undo brings it back', async ({ page, appUrl }) => {
  const incident = await setUp(page, appUrl);
  await page.goto(`${incident.origin}/#/incidents/${incident.id}`);
  await expect(page.getByRole('heading', { name: `Incident ${incident.ref}` })).toBeVisible();

  // Keyboard only: from the way back to the journal to Delete, then through the confirmation.
  await page.getByRole('link', { name: '← Journal' }).focus();
  await tabTo(page, page.getByRole('button', { name: 'Delete incident' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Delete incident ${incident.ref}?` });
  await expect(confirm).toContainText('It disappears from the journal, Home, the figures and the reports, with the $12.50 given on it.');
  await expect(confirm).toContainText(/You can undo this for 30 days, until .+, from Recently deleted in the journal; after that it is erased for good\./);
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Delete incident' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Back in the journal, without it; the Undo button has the focus.
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByText('0 incidents')).toBeVisible();
  await expect(journalRow(page, incident.ref)).toHaveCount(0);
  await expect(page.getByText(`Incident ${incident.ref} deleted`)).toBeVisible();
  const undo = page.getByRole('button', { name: `Undo deleting incident ${incident.ref}` });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(journalRow(page, incident.ref)).toBeVisible();
  await expect(page.getByText('1 incident', { exact: true })).toBeVisible();
  await expect(page.getByText(`Incident ${incident.ref} restored`)).toBeVisible();
  await journalRow(page, incident.ref).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText(/Deleted$/)).toBeVisible();
  await expect(timeline.getByText(/Restored$/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Make it right' }).getByRole('list', { name: 'Compensations given' })).toContainText('Refund · $12.50');
});

test('a compensation is removed through the confirmation, and Undo brings it back', async ({ page, appUrl }) => {
  const incident = await setUp(page, appUrl);
  await page.goto(`${incident.origin}/#/incidents/${incident.id}`);
  const card = page.getByRole('region', { name: 'Make it right' });
  const timeline = page.getByRole('region', { name: 'Timeline' });

  await card.getByRole('button', { name: 'Remove Refund $12.50' }).press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Remove this refund?' });
  await expect(confirm).toContainText(/You can undo this for 30 days, until .+; after that it is erased for good\./);
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(card.getByText('Nothing given yet.')).toBeVisible();
  await expect(timeline.getByText('Refund removed')).toBeVisible();

  const undo = page.getByRole('button', { name: 'Undo removing Refund $12.50' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('list', { name: 'Compensations given' })).toContainText('Refund · $12.50');
  await expect(timeline.getByText('Refund $12.50 restored')).toBeVisible();
  await expect(undo).toBeHidden();
});

test('Recently deleted lists what can be restored, until when, and restores it', async ({ page, appUrl }) => {
  const incident = await setUp(page, appUrl);
  await rpc(page, 'incidents.remove', { id: incident.id });
  const other = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', { whatHappened: 'Wrong milk' });
  const staff = await rpc<{ id: number }[]>(page, 'staff.list', {});
  const gift = await rpc<{ id: number }>(page, 'compensations.add', { incidentId: other.incident.id, kind: 'gift', cost: 300, givenById: staff[0]!.id });
  await rpc(page, 'compensations.remove', { id: gift.id });

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByRole('link', { name: 'Recently deleted' }).click();
  await expect(page.getByRole('heading', { name: 'Recently deleted', level: 1 })).toBeVisible();
  const incidents = page.getByRole('table', { name: 'Deleted incidents' });
  await expect(incidents.getByRole('row', { name: new RegExp(`${incident.ref} Soup spilled on the counter`) })).toBeVisible();
  const removed = page.getByRole('table', { name: 'Removed compensations' });
  await expect(removed).toContainText('Gift $3.00');

  await removed.getByRole('button', { name: `Restore Gift $3.00 on ${other.incident.ref}` }).click();
  await expect(page.getByText('No compensation was removed in this time.')).toBeVisible();
  await incidents.getByRole('button', { name: `Restore incident ${incident.ref}` }).click();
  await expect(page.getByText('No incident was deleted in this time.')).toBeVisible();

  await page.getByRole('link', { name: '← Journal' }).click();
  await expect(journalRow(page, incident.ref)).toBeVisible();
  await expect(page.getByText('2 incidents')).toBeVisible();
});
