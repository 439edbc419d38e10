// Settings → Backups: a copy on demand, then a restore of it; and erasing a customer from an incident.
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

test('back up now, add an incident, restore the backup: the incident added since is gone', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await rpc(page, 'incidents.create', { whatHappened: 'Logged before the backup' });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Backups' }).click();

  await page.getByRole('button', { name: 'Back up now' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Backed up to' });
  await expect(status).toContainText(/Backed up to .+[/\\]e2e-backups[/\\]makegood-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
  const name = /(makegood-[\d-]+\.sqlite)$/.exec((await status.textContent()) ?? '')?.[1] ?? '';
  const backups = page.getByRole('table', { name: 'Backups' });
  // `serve` made today's automatic copy when it opened the file; the one made by hand is listed with it.
  await expect(backups.getByRole('row', { name: /Made by hand/ })).toHaveCount(1);
  await expect(backups.getByRole('row', { name: /Daily/ })).toHaveCount(1);

  await rpc(page, 'incidents.create', { whatHappened: 'Logged after the backup' });
  await backups.getByRole('button', { name: `Restore ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Your data as it is now is saved in the backups folder first');
  await expect(dialog.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    new RegExp(`Restored ${name}: 1 incident\\. Your data as it was is saved in .+makegood-before-restore-`),
  );
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toHaveCount(1);

  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Logged before the backup')).toBeVisible();
  await expect(page.getByText('Logged after the backup')).toHaveCount(0);
});

test('erase a customer from an incident: the incident stays, the name is gone from it and from search', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  const created = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', {
    whatHappened: 'Dana Whitfield found a hair in the soup',
    customer: { name: 'Dana Whitfield', phone: '555 0134 777' },
  });
  const { id, ref } = created.incident;
  await page.goto(`${new URL(appUrl).origin}/#/incidents/${id}`);
  await expect(page.getByLabel('Customer name')).toHaveValue('Dana Whitfield');

  await page.getByRole('button', { name: 'Erase customer…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase Dana Whitfield?' });
  await expect(dialog).toContainText(`removed from incident ${ref}`);
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Anonymous — fill in a field to record who it was.')).toBeVisible();
  await expect(page.getByLabel('Customer name')).toHaveValue('');
  await expect(page.getByText('[erased] found a hair in the soup')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText('Customer details erased on request');
  await expect(page.getByRole('list', { name: 'Timeline' })).not.toContainText('Whitfield');

  await page.getByRole('link', { name: 'Journal', exact: true }).click();
  await page.getByLabel('Search').fill('Whitfield');
  await expect(page.getByText(/^No incidents match/)).toBeVisible();
});
