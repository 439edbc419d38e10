// Import a workbook through the browser: the file input uploads the .xlsx to `serve`, the preview
// guesses its columns, the rows go in as past incidents, and the journal shows them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IMPORT_FIELD_LABELS } from '../../shared/schemas/data';
import { writeXlsx } from '../support/workbook';
import { tabTo } from './keyboard';
import { expect, test } from './fixtures';

const ROWS: (string | number | Date | null)[][] = [
  ['Date', 'Complaint', 'Customer', 'Refund'],
  [new Date(2025, 2, 4, 9, 15), 'Cold soup at table 4', 'Dana Whitfield', 4.5],
  [new Date(2025, 4, 6, 12, 30), 'Birthday cake had the wrong name', 'Sam Ortiz', null],
  [new Date(2025, 6, 8, 16, 0), 'Waited forty minutes for a takeaway', null, null],
];

test('a workbook from the file input: guessed columns, past incidents, imported into the journal', async ({ page, appUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-xlsx-'));
  try {
    const path = join(dir, 'paper-log.xlsx');
    writeXlsx(path, ROWS);

    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(appUrl);
    await page.getByRole('link', { name: 'Import & export' }).click();
    await expect(page.getByRole('heading', { name: 'Import & export', level: 1 })).toBeVisible();

    // The input is reached by keyboard like everything else; the browser sends the file to `serve`.
    const input = page.getByLabel('File to import');
    await tabTo(page, input, 40);
    await input.setInputFiles({
      name: 'paper-log.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(path),
    });

    const preview = page.getByRole('table', { name: 'Preview' });
    await expect(preview.getByRole('row')).toHaveCount(ROWS.length); // the header row and one per incident
    await expect(page.getByText(/^paper-log\.xlsx \(/)).toBeVisible();
    await expect(page.getByText('Excel workbook', { exact: false })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Field for “Complaint”' })).toHaveValue(IMPORT_FIELD_LABELS.what_happened);
    await expect(page.getByRole('combobox', { name: 'Field for “Customer”' })).toHaveValue(IMPORT_FIELD_LABELS.customer_name);
    await expect(preview.getByRole('row').nth(1)).toContainText('Cold soup at table 4');
    await expect(preview.getByRole('row').nth(1)).toContainText('Dana Whitfield');
    await expect(page.getByText('Import 3 incidents and 1 compensation')).toBeVisible();
    await expect(page.getByText('Home will show 3 open incidents from this file.')).toBeVisible();

    // The preview scrolls inside its own box at the counter's 1366×768: the page itself never does sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync('.scratch', { recursive: true });
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '.scratch/import-preview.png' });

    await page.getByRole('checkbox', { name: /These are past incidents that were dealt with/ }).check();
    await expect(page.getByText('Home will show none of this file’s incidents as open.')).toBeVisible();

    const importButton = page.getByRole('button', { name: 'Import 3 incidents' });
    await expect(importButton).toBeEnabled();
    await importButton.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Imported 3 incidents with 1 compensation from paper-log.xlsx.')).toBeVisible();
    await expect(preview).toHaveCount(0);

    await page.getByRole('link', { name: 'Journal' }).click();
    for (const row of ROWS.slice(1)) await expect(page.getByText(row[1] as string)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
