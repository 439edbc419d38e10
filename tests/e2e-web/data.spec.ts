// Import through the screen: a small CSV with one bad row (skip it, find the incident, export); a hostile file; a file that is not UTF-8 and its encoding.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CSV_COLUMNS, IMPORT_FIELD_LABELS } from '../../shared/schemas/data';
import { expect, test } from './fixtures';

const CSV = [
  'occurred_at,what_happened,category,severity',
  '2026-01-05T10:00,Espresso machine leaked on the counter,Equipment trouble,2',
  '2026-01-06T11:00,"Wrong name on the cake, ""Happy Birthday Jon""\nand no candles",,1',
  '2026-01-07,Lost loyalty card,,9',
].join('\n');

test('import with one bad row: see its line, skip it, import, find the incident; export the CSV', async ({ page, served }) => {
  await page.goto(served.url);
  await page.getByRole('link', { name: 'Import & export' }).click();
  await expect(page.getByRole('heading', { name: 'Import & export', level: 1 })).toBeVisible();

  await page.getByLabel('File to import').setInputFiles({ name: 'paper-log.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const problems = page.getByRole('table', { name: 'Problems' });
  // The bad row is line 5: the quoted cell on line 3 spans two lines.
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(problems.getByRole('row').nth(1)).toContainText('5');
  await expect(problems.getByRole('row').nth(1)).toContainText('severity');
  await expect(problems.getByRole('row').nth(1)).toContainText('“9” is not a severity');
  await expect(page.getByText('New categories: Equipment trouble')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Field for “what_happened”' })).toHaveValue(IMPORT_FIELD_LABELS.what_happened);

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
  await expect(page.getByText(`Downloading ${download.suggestedFilename()}: look in your browser’s downloads.`)).toBeVisible();
  const bytes = readFileSync((await download.path())!);
  const text = bytes.toString('utf8');
  expect(text.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
  expect(text).toContain('"Wrong name on the cake, ""Happy Birthday Jon""\nand no candles"');
  // Exactly the bytes `makegood export` writes from the same data file.
  const expected = join(dirname(served.dbPath), 'expected.csv');
  execFileSync(process.execPath, ['bin/makegood.js', '--db', served.dbPath, 'export', expected], { stdio: 'pipe', timeout: 30_000 });
  expect(bytes.equals(readFileSync(expected))).toBe(true);
});

test('a hostile file: the stray quote and the column not imported are named on the preview, and nothing can be imported', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const csv = [
    'occurred_at,what_happened,Table number',
    '2026-01-05T10:00,"Espresso machine leaked,\non the counter",4',
    '2026-01-06T11:00,Ordered a 12" pizza,7', // line 4: the quoted cell above spans two lines
    '2026-01-07T09:00,Lost loyalty card,2',
  ].join('\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

  const problems = page.getByRole('table', { name: 'Problems' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  const row = problems.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toHaveText('4');
  await expect(row.getByRole('cell').nth(1)).toHaveText('what_happened');
  await expect(row.getByRole('cell').nth(2)).toContainText('a quote (") in the middle of a cell, after “Ordered a 12”; put the whole cell in quotes');
  await expect(page.getByText('Not imported: Table number. Makegood has no column by that name; choose one under Columns to import it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 0 incidents' })).toBeDisabled();
});

test('a file that is not UTF-8 asks for its encoding, then previews with it', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Import & export' }).click();
  const latin1 = Buffer.from('occurred_at,what_happened\n2026-01-05T10:00,Cold soup\n2026-01-06T10:00,Caf\u00e9 too cold\n', 'latin1');
  await page.getByLabel('File to import').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  const ask = page.getByRole('alert').filter({ hasText: 'This file is not UTF-8 text' });
  await expect(ask).toBeVisible();
  await ask.getByRole('combobox', { name: 'Text encoding' }).click();
  await page.getByRole('option', { name: 'Windows-1252 (Western Europe)' }).click();
  await expect(page.getByRole('table', { name: 'Preview' })).toContainText('Café too cold');
  await expect(page.getByRole('button', { name: 'Import 2 incidents' })).toBeEnabled();
});
