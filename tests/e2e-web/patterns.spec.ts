// Patterns on a year of demo data: the callouts, every chart drawn, a table's numbers, and a Pareto bar into the journal.
import { expect, test } from './fixtures';

test('patterns: callouts, charts that draw, tables, and a Pareto bar that opens the filtered journal', async ({ page, demoAppUrl }) => {
  await page.goto(demoAppUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click();
  await expect(page.getByRole('heading', { name: 'Patterns', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/patterns/);

  // A longer period than "this month", so the test does not depend on the day it runs.
  await page.getByRole('radiogroup', { name: 'Period' }).getByText('Last 90 days', { exact: true }).click();
  await expect(page).toHaveURL(/preset=last-90&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

  const callouts = page.getByRole('region', { name: 'Recurring root causes' });
  await expect(callouts.getByRole('article').first()).toContainText(/\d+ in the last 30 days/);
  await expect(callouts.getByRole('link', { name: /^See incidents: / }).first()).toBeVisible();
  await expect(callouts.getByRole('link', { name: /^(Lessons on|Write a lesson on) / }).first()).toBeVisible();

  const bars = ['Top root causes', 'Incidents per week', 'Which compensation turns detractors into promoters', 'Compensation per month', 'By channel', 'By category', 'By severity'];
  for (const name of bars) {
    await expect(page.getByRole('figure', { name }).locator('.recharts-bar-rectangle').first(), name).toBeVisible();
  }
  await expect(page.getByRole('figure', { name: 'Top root causes' }).locator('.recharts-line-curve')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Recovery' }).locator('.recharts-line-curve').first()).toBeAttached();
  await expect(page.getByText(/without a root cause yet|Every incident in this period has a root cause/)).toBeVisible();

  // The table view of the Pareto: the first cause and its count, the same numbers the bar draws.
  const pareto = page.getByRole('region', { name: 'Top root causes' });
  await pareto.getByRole('button', { name: 'Show table' }).click();
  const firstRow = pareto.getByRole('table', { name: 'Top root causes' }).getByRole('row').nth(1);
  const cause = (await firstRow.getByRole('cell').nth(0).textContent()) ?? '';
  const count = (await firstRow.getByRole('cell').nth(2).textContent()) ?? '';
  expect(cause).not.toBe('');
  expect(count).toMatch(/^[1-9][\d,]*$/);
  await expect(firstRow.getByRole('cell').nth(3)).toHaveText(/^\d+%$/);
  await pareto.getByRole('button', { name: 'Show chart' }).click();

  await page.getByRole('figure', { name: 'Top root causes' }).locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/#\/journal\?rootCauseId=\d+&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Root cause').locator('option:checked')).toHaveText(cause);
  await expect(page.getByText(new RegExp(`^${count} incidents?$`))).toBeVisible();
});

test('a callout leads to its cause’s lessons, and to a new lesson on that cause', async ({ page, demoAppUrl }) => {
  await page.goto(demoAppUrl);
  await page.getByRole('link', { name: 'Patterns' }).click();
  const callouts = page.getByRole('region', { name: 'Recurring root causes' });
  // The demo's worsening cause has a lesson proposed for it.
  const lessonsLink = callouts.getByRole('link', { name: /^Lessons on Short-staffed at lunch/ });
  await lessonsLink.click();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 1 })).toBeVisible();
  await expect(page.getByText(/Lessons on the root cause Short-staffed at lunch/)).toBeVisible();
  const rows = page.getByRole('table', { name: 'Lessons' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Short-staffed at lunch');

  // The same address with new=1 is what "Write a lesson" opens: the form, with the cause chosen.
  await page.goto(`${page.url()}&new=1`);
  const form = page.getByRole('dialog', { name: 'Write a lesson' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Root cause' })).toHaveValue('Short-staffed at lunch');
  await expect(page).not.toHaveURL(/new=1/);
});
