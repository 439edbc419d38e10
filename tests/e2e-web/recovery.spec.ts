// A whole recovery at the counter, keyboard first: log, find, walk H.E.A.R.D., promise, see it on Home.
import { expect, test } from './fixtures';
import { tabTo } from './keyboard';

test('log an incident by keyboard, find it, walk the recovery, promise a follow-up', async ({ page, appUrl }) => {
  const words = `Oat flat white came out cold again ${Date.now()}`;
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  // Open the quick log with the plain key (Ctrl+N belongs to the browser tab).
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await expect(dialog).toBeVisible();
  const whatHappened = dialog.getByLabel('What happened');
  await expect(whatHappened).toBeFocused();
  await page.keyboard.type(words);

  // Severity is the next stop: one key picks it.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: 'Minor' })).toBeFocused();
  await page.keyboard.press('3');
  await tabTo(page, dialog.getByLabel('Customer name'));
  await page.keyboard.type('Dana Whitfield');
  await tabTo(page, dialog.getByLabel('Channel'));
  await page.keyboard.type('Phone');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  const saved = page.getByText(/^Incident .+ logged$/);
  await expect(saved).toBeVisible();
  const ref = /^Incident (.+) logged$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(ref).not.toBe('');

  // Find it by full-text search in the journal.
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByLabel('Search').fill('flat white came out cold');
  await expect(page.getByText(/^1 incident$/)).toBeVisible();
  await expect(page).toHaveURL(/q=flat/);
  await page.getByRole('list', { name: 'Incidents' }).getByRole('link', { name: new RegExp(`^${ref} `) }).click();
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();
  await expect(page.getByLabel('Channel')).toHaveValue('phone');
  await expect(page.getByLabel('Customer name')).toHaveValue('Dana Whitfield');

  // H, E, A, R with one key each.
  for (const [key, step] of [['h', 'Hear'], ['e', 'Empathize'], ['a', 'Apologize'], ['r', 'Resolve']] as const) {
    await page.keyboard.press(key);
    await expect(page.getByRole('checkbox', { name: step })).toBeChecked();
  }

  // Diagnose without a root cause is refused, in words.
  await page.keyboard.press('d');
  const steps = page.getByRole('region', { name: /Recovery steps/ });
  await expect(steps.getByRole('alert')).toContainText(/root cause/i);
  await expect(page.getByRole('checkbox', { name: 'Diagnose' })).not.toBeChecked();

  // Pick a root cause with the keyboard (type to filter, Enter takes the first match), leave the field, then D.
  const rootCause = page.getByRole('combobox', { name: 'Root cause' });
  await rootCause.focus();
  await page.keyboard.type('training');
  await page.keyboard.press('Enter');
  await expect(rootCause).toHaveValue('Training gap');
  await page.getByRole('checkbox', { name: 'Resolve' }).focus();
  await page.keyboard.press('d');
  await expect(page.getByRole('checkbox', { name: 'Diagnose' })).toBeChecked();

  // Promise a follow-up later today; it shows on Home under due today.
  await page.getByRole('button', { name: 'Later today' }).click();
  await expect(page.getByText(/^Due /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Diagnose done')).toBeVisible();

  await page.getByRole('link', { name: 'Home' }).click();
  const dueToday = page.getByRole('region', { name: 'Due today' });
  await expect(dueToday.getByRole('link', { name: new RegExp(`^${ref}\\b`) })).toBeVisible();

  // Everything is still there after a reload.
  await page.reload();
  await expect(dueToday.getByRole('link', { name: new RegExp(`^${ref}\\b`) })).toBeVisible();
  await dueToday.getByRole('link', { name: new RegExp(`^${ref}\\b`) }).click();
  for (const step of ['Hear', 'Empathize', 'Apologize', 'Resolve', 'Diagnose']) {
    await expect(page.getByRole('checkbox', { name: step })).toBeChecked();
  }
  await expect(page.getByLabel('Severity')).toHaveValue('3');
});

test('a half-typed quick-log entry survives a reload', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('banner').getByRole('button', { name: /Log incident/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await dialog.getByLabel('What happened').fill('Booked for 3pm, chair was given away');
  await expect(dialog.getByText(/Draft saved/)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Continue the unsaved incident' }).click();
  await expect(page.getByRole('dialog', { name: 'Log an incident' }).getByLabel('What happened')).toHaveValue(
    'Booked for 3pm, chair was given away',
  );
});
