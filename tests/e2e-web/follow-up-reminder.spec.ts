// Follow-up reminders in browser mode: with notifications allowed, a follow-up that fell due raises
// exactly one notification (a reload raises none), its click opens the incident; Home marks it
// followed up and copies the follow-up message, filled for the customer, with no staff name.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

interface Recorded {
  title: string;
  body: string | undefined;
}

// Wraps the page's Notification: every one made is recorded (and kept, for the test to click it),
// then made for real. Permission is granted per test; the real constructor still runs.
const RECORD_NOTIFICATIONS = () => {
  const Real = window.Notification;
  const made: { title: string; body: string | undefined; instance: Notification }[] = [];
  class Recording extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      made.push({ title, body: options?.body, instance: this });
    }
  }
  Object.defineProperty(window, 'Notification', { value: Recording, configurable: true, writable: true });
  Object.defineProperty(window, '__notifications', { value: made });
};

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: Recorded[] }).__notifications.map(({ title, body }) => ({ title, body })));

/** Loads the page and waits for the loop's first claim to be answered. */
async function loadAndClaim(page: Page, load: () => Promise<unknown>) {
  const claimed = page.waitForResponse((r) => r.url().endsWith('/rpc/followUps.claimDue'));
  await load();
  await (await claimed).finished();
  // The notifications are made once the answer is read.
  await page.waitForTimeout(200);
}

test('a due follow-up raises one notification, once; Home copies the message and marks it followed up', async ({ page, context, appUrl }) => {
  await context.grantPermissions(['notifications', 'clipboard-read', 'clipboard-write']);
  await page.addInitScript(RECORD_NOTIFICATIONS);
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  // Allowed already: Home does not ask.
  await expect(page.getByRole('button', { name: 'Allow reminders' })).toHaveCount(0);

  await rpc(page, 'settings.update', { businessName: 'Crumb & Co' });
  const priya = await rpc<{ id: number }>(page, 'staff.create', { name: 'Priya Shah', monthlyAllowance: 100000 });
  const made = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', {
    whatHappened: 'Priya dropped the birthday cake',
    handledById: priya.id,
    customer: { name: 'Dana Fox', phone: '555-0142' },
  });
  const { id, ref } = made.incident;
  await rpc(page, 'compensations.add', { incidentId: id, kind: 'refund', cost: 1200, givenById: priya.id });
  await rpc(page, 'incidents.update', { id, changes: { followUpDueAt: new Date(Date.now() - 1000).toISOString() } });

  await loadAndClaim(page, () => page.reload());
  expect(await recorded(page)).toEqual([{ title: `Follow up: Dana · ${ref}`, body: 'our team dropped the birthday cake' }]);

  // Its click opens the incident.
  await page.evaluate(() => {
    const [first] = (window as unknown as { __notifications: { instance: Notification }[] }).__notifications;
    first?.instance.onclick?.(new Event('click'));
  });
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();

  // A reload (a restart of the page) raises nothing again.
  await loadAndClaim(page, () => page.reload());
  expect(await recorded(page)).toEqual([]);

  // Home: the overdue row copies the filled message.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Home/ }).click();
  const overdue = page.getByRole('region', { name: /^Overdue/ });
  await overdue.getByRole('button', { name: `Copy follow-up message for ${ref}` }).click();
  const expected =
    'Hi Dana, this is Crumb & Co. We wanted to check in after our team dropped the birthday cake. We gave you a refund of $12.00. Is everything right now? Thank you for giving us the chance to put it right.';
  const dialog = page.getByRole('dialog', { name: `Follow-up message for ${ref}` });
  await expect(dialog.getByRole('status')).toHaveText('Copied. Paste it into your message to the customer.');
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue(expected);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await page.keyboard.press('Escape');

  // Marked followed up from the keyboard: it leaves the list, and the incident says so.
  const mark = overdue.getByRole('button', { name: `Mark ${ref} followed up` });
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Undo marking ${ref} followed up` })).toBeVisible();
  await expect(mark).toHaveCount(0);
  await expect(overdue).toContainText('Nothing overdue.');
  const detail = await rpc<{ incident: { followedUpAt: string | null } }>(page, 'incidents.get', { id });
  expect(detail.incident.followedUpAt).not.toBeNull();
});

test('Home offers to allow reminders while the browser has not been asked; the loop starts only once they are allowed', async ({ page, context, appUrl }) => {
  await page.addInitScript(RECORD_NOTIFICATIONS);
  let claims = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/rpc/followUps.claimDue')) claims += 1;
  });
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => Notification.permission)).toBe('default');
  await expect(page.getByRole('button', { name: 'Allow reminders' })).toBeVisible();
  // Not allowed: nothing is claimed, so nothing is lost to a tab that could not show it.
  expect(claims).toBe(0);

  // The person says yes (the browser's prompt, played by granting it): the button goes and the loop starts.
  await context.grantPermissions(['notifications']);
  const claimed = page.waitForResponse((r) => r.url().endsWith('/rpc/followUps.claimDue'));
  await page.getByRole('button', { name: 'Allow reminders' }).click();
  await claimed;
  await expect(page.getByRole('button', { name: 'Allow reminders' })).toHaveCount(0);
});

test('two tabs open on one file show a due follow-up once between them', async ({ context, served }) => {
  await context.grantPermissions(['notifications']);
  await context.addInitScript(RECORD_NOTIFICATIONS);
  const first = await context.newPage();
  await first.goto(served.url);
  await expect(first.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  // The second tab opens with the fresh link serve printed once the first was used.
  await expect.poll(() => served.links().length).toBe(2);
  const second = await context.newPage();
  await second.goto(served.links()[1]!);
  await expect(second.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  const made = await rpc<{ incident: { id: number; ref: string } }>(first, 'incidents.create', { whatHappened: 'Order went to the wrong table' });
  await rpc(first, 'incidents.update', { id: made.incident.id, changes: { followUpDueAt: new Date(Date.now() - 1000).toISOString() } });
  await Promise.all([loadAndClaim(first, () => first.reload()), loadAndClaim(second, () => second.reload())]);
  const shown = [...(await recorded(first)), ...(await recorded(second))];
  expect(shown).toEqual([{ title: `Follow up: ${made.incident.ref}`, body: 'Order went to the wrong table' }]);
});
