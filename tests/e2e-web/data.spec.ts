// Import a small CSV with one bad row through the screen, skip it, find the incident in the journal; then export.
import { readFileSync } from 'node:fs';
import { CSV_COLUMNS } from '../../shared/schemas/data';
import { expect, test } from './fixtures';

const CSV = [
  'occurred_at,what_happened,category,severity',
  '2026-01-05T10:00,Espresso machine leaked on the counter,Equipment trouble,2',
  '2026-01-06T11:00,"Wrong name on the cake, ""Happy Birthday Jon""\nand no candles",,1',
  '2026-01-07,Lost loyalty card,,9',
].join('\n');

test('import with one bad row: see its line, skip it, import, find the incident; export the CSV', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Import & export' }).click();
  await expect(page.getByRole('heading', { name: 'Import & export', level: 1 })).toBeVisible();

  await page.getByLabel('CSV file').setInputFiles({ name: 'paper-log.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const problems = page.getByRole('table', { name: 'Problems' });
  // The bad row is line 5: the quoted cell on line 3 spans two lines.
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toContainText('5');
  await expect(problems.getByRole('row').nth(1)).toContainText('severity');
  await expect(problems.getByRole('row').nth(1)).toContainText('“9” is not a severity');
  await expect(page.getByText('New categories: Equipment trouble')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'what_happened' })).toHaveValue('what_happened');

  const importButton = page.getByRole('button', { name: 'Import 2 incidents' });
  await expect(importButton).toBeDisabled();
  await page.getByLabel('Skip the bad rows').check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('Imported 2 incidents with 0 compensations from paper-log.csv.')).toBeVisible();

  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Espresso machine leaked on the counter')).toBeVisible();
  await expect(page.getByText('Lost loyalty card')).toHaveCount(0);

  await page.getByRole('link', { name: 'Import & export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^makegood-export-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
  expect(text).toContain('"Wrong name on the cake, ""Happy Birthday Jon""\nand no candles"');
});
