// Reports in browser mode: the headline figures for a month, and Export PDF downloads the report.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('reports: pick a month and an edition, see the headline figures, export downloads the PDF', async ({ page, demoAppUrl }) => {
  await page.goto(demoAppUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  // Last month is picked by default: the demo's year always covers it.
  const figures = page.getByLabel('Headline figures');
  await expect(figures.getByText('Incidents', { exact: true })).toBeVisible();
  await expect(figures).toContainText(/Resolved same day\s*\d+%/);

  await page.getByRole('radio', { name: /Internal/ }).check();
  await page.getByLabel('Transactions this month').fill('12000');
  await page.getByRole('button', { name: 'Save transactions' }).click();
  await expect(figures).toContainText(/Per 1,000 transactions\s*\d+(\.\d)?/);

  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^makegood-report-\d{4}-\d{2}\.pdf$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByText(/Downloaded makegood-report-\d{4}-\d{2}\.pdf/)).toBeVisible();
});
