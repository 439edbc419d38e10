// Diagnose and learn: a root cause by keyboard, a lesson written from the incident and found in the
// library with its incident; merging causes moves their counts; the huddle's queue says who was there.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { rpc, tabTo } from './keyboard';

type Detail = { incident: { id: number; ref: string } };

async function causeId(page: Page, name: string) {
  const causes = await rpc<{ id: number; name: string }[]>(page, 'rootCauses.list', {});
  const cause = causes.find((c) => c.name === name);
  expect(cause, name).toBeDefined();
  return cause?.id ?? 0;
}

test('diagnose by keyboard, write a lesson from the incident, find it in the library, mark it done', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Log an incident' });
  await expect(dialog.getByLabel('What happened')).toBeFocused();
  await page.keyboard.type('Gave the almond croissant to the wrong table, twice');
  await tabTo(page, dialog.getByLabel('Customer name'));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const saved = page.getByText(/^Incident .+ logged$/);
  const ref = /^Incident (.+) logged$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(ref).not.toBe('');
  await page.getByRole('link', { name: `Open ${ref}` }).click();
  await expect(page.getByRole('heading', { name: `Incident ${ref}` })).toBeVisible();

  await page.keyboard.press('r');
  await expect(page.getByRole('checkbox', { name: 'Resolve' })).toBeChecked();

  // Type to filter the grouped list; Enter takes the first match.
  const rootCause = page.getByRole('combobox', { name: 'Root cause' });
  await rootCause.focus();
  await page.keyboard.type('handing');
  await expect(page.getByRole('option', { name: 'No check before handing over' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(rootCause).toHaveValue('No check before handing over');
  await page.getByRole('checkbox', { name: 'Resolve' }).focus();
  await page.keyboard.press('d');
  await expect(page.getByRole('checkbox', { name: 'Diagnose' })).toBeChecked();

  // Write a lesson from here, keyboard only; it comes prefilled with the cause.
  await page.getByLabel('Why 5').focus();
  const write = page.getByRole('region', { name: 'Diagnose' }).getByRole('button', { name: 'Write a lesson' });
  await tabTo(page, write);
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Write a lesson' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Read the table number back before serving');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Orders went to the table the runner guessed.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The runner reads the number on the ticket aloud.');
  await expect(form.getByRole('combobox', { name: 'Root cause' })).toHaveValue('No check before handing over');
  await tabTo(page, form.getByRole('button', { name: 'Save lesson' }));
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('list', { name: 'Lessons from this incident' }).getByRole('link', { name: 'Read the table number back before serving' })).toBeVisible();

  // The library finds it by words; its page shows the incident it came from.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 1 })).toBeVisible();
  await page.getByLabel('Search lessons').fill('table number');
  await expect(page).toHaveURL(/q=table/);
  const found = page.getByRole('table', { name: 'Lessons' }).getByRole('row').filter({ hasText: 'Read the table number back' });
  await expect(page.getByText('1 lesson', { exact: true })).toBeVisible();
  await expect(found).toContainText('No check before handing over');
  await expect(found).toContainText('Not done yet');
  await expect(found.getByRole('cell').last()).toHaveText('1');
  await found.getByRole('link', { name: 'Read the table number back before serving' }).click();
  await expect(page.getByRole('heading', { name: 'Read the table number back before serving', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Linked incidents' }).getByRole('link', { name: ref })).toBeVisible();

  // Done today: stamped, and too early to tell.
  await page.getByRole('radio', { name: 'Proposed' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'In progress' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByText(/^Done on /)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Did it work?' }).getByText('Too early to tell').first()).toBeVisible();
  await expect(page.getByText(/Done 0 days ago; measured from 30 days/)).toBeVisible();
});

test('merging two causes moves their incidents and lessons, and the counts follow', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const from = await causeId(page, 'Short-staffed at peak times');
  const into = await causeId(page, 'Training gap');
  for (const [words, cause] of [['Queue out the door at noon', from], ['Waited 25 minutes for a sandwich', from], ['New starter got the order wrong', into]] as const) {
    const d = await rpc<Detail>(page, 'incidents.create', { whatHappened: words });
    await rpc(page, 'incidents.update', { id: d.incident.id, changes: { rootCauseId: cause } });
  }
  await rpc(page, 'lessons.create', { title: 'A floater at lunch', rootCauseId: from });

  await page.goto(`${new URL(appUrl).origin}/#/settings?tab=causes`);
  await expect(page.getByLabel('Use of Short-staffed at peak times')).toHaveText('2 incidents · 1 lesson');
  await expect(page.getByLabel('Use of Training gap')).toHaveText('1 incident · 0 lessons');

  await page.getByRole('button', { name: 'Merge into another cause: Short-staffed at peak times' }).click();
  const dialog = page.getByRole('dialog', { name: /Merge “Short-staffed at peak times” into/ });
  await dialog.getByLabel('Merge into').selectOption({ label: 'Training gap (People)' });
  await expect(dialog.getByRole('status')).toHaveText('2 incidents and 1 lesson move to “Training gap”; “Short-staffed at peak times” is removed.');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Merged: 2 incidents and 1 lesson moved to “Training gap”.')).toBeVisible();
  await expect(page.getByLabel('Use of Training gap')).toHaveText('3 incidents · 1 lesson');
  await expect(page.getByLabel('Use of Short-staffed at peak times')).toHaveCount(0);
});

test('the to-diagnose queue lists resolved, undiagnosed incidents with the team-lead answer', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const made: Record<string, string> = {};
  for (const [words, lead, resolve] of [
    ['Soup was cold at the pass', true, true],
    ['Card machine froze mid-payment', null, true],
    ['Still waiting on the refund', false, false],
  ] as const) {
    const d = await rpc<Detail>(page, 'incidents.create', { whatHappened: words, teamLeadPresent: lead });
    if (resolve) await rpc(page, 'incidents.setStep', { id: d.incident.id, step: 'resolved', done: true });
    made[words] = d.incident.ref;
  }
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /To diagnose/ })).toContainText('2');
  await page.getByRole('main').getByRole('link', { name: 'To diagnose 2', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'To diagnose', level: 1 })).toBeVisible();
  await expect(page.getByText('2 incidents', { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Incidents to diagnose' });
  const rowOf = (words: string) => table.getByRole('row').filter({ hasText: words });
  await expect(rowOf('Soup was cold at the pass')).toContainText('Yes');
  await expect(rowOf('Card machine froze')).toContainText('Not recorded');
  await expect(rowOf('Soup was cold at the pass').getByRole('link', { name: made['Soup was cold at the pass'] ?? '?' })).toBeVisible();
  await expect(rowOf('Still waiting on the refund')).toHaveCount(0);
});

test('a cause that is not on the list is created from the picker, in the group chosen', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const d = await rpc<Detail>(page, 'incidents.create', { whatHappened: 'Pastry came out burnt on one side' });
  await page.goto(`${new URL(appUrl).origin}/#/incidents/${d.incident.id}`);
  const rootCause = page.getByRole('combobox', { name: 'Root cause' });
  await rootCause.focus();
  await page.keyboard.type('Oven heats unevenly');
  await expect(page.getByRole('option', { name: 'Create “Oven heats unevenly”…' })).toBeVisible();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New root cause' });
  await expect(dialog.getByLabel('Group')).toBeFocused();
  // No group is guessed: creating without one says so.
  await dialog.getByRole('button', { name: 'Create root cause' }).click();
  await expect(dialog.getByText('Choose the group this cause belongs to')).toBeVisible();
  await dialog.getByLabel('Group').focus();
  await page.keyboard.type('Equipment');
  await tabTo(page, dialog.getByRole('button', { name: 'Create root cause' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rootCause).toHaveValue('Oven heats unevenly');
  await rootCause.click();
  await expect(page.getByRole('group', { name: 'Equipment' }).getByRole('option', { name: 'Oven heats unevenly' })).toBeVisible();
});
