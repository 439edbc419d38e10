// Export PDF in the desktop app: the report drawn in a hidden window, printed by printToPDF, saved where the dialog says.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinaryAvailable, launchMakegood, repoRoot, SKIP_REASON, type TempDatabase, tempDatabase } from './electron-app';

// Needs the real Electron binary, which cannot be downloaded on a machine without GitHub access;
// elsewhere (and in packaging CI) this runs. The reason is printed once when skipped.
test.skip(!electronBinaryAvailable(), SKIP_REASON);

let db: TempDatabase;
test.beforeEach(() => {
  db = tempDatabase();
  // A year of demo data, so last month has incidents and charts.
  execFileSync(process.execPath, [join(repoRoot, 'bin/makegood.js'), '--db', db.path, 'demo', '--incidents', '2000'], { stdio: 'pipe', timeout: 60_000 });
});
test.afterEach(() => db.remove());

test('Reports: Export PDF saves a printed report where the save dialog points', async () => {
  const { app, page } = await launchMakegood(db);
  const out = join(db.userData, '..', 'report.pdf');
  // The save dialog is the operating system's: answer it from the main process.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, out);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(`Saved to ${out}`)).toBeVisible({ timeout: 30_000 });

  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
  expect(text).toContain('Corner Café (demo)');
  expect(text).toMatch(/Service recovery report · \w+ \d{4}/);
  expect(text).toMatch(/Page 1 of \d+/);
  expect(text).toContain('External edition');
  await app.close();
});
