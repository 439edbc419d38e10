// Export CSV in the desktop app: the save dialog says where, the core writes the file there itself,
// and the screen says where it went. The bytes are `makegood export`'s from the same data file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinaryAvailable, launchMakegood, repoRoot, SKIP_REASON, type TempDatabase, tempDatabase } from './electron-app';

// Needs the real Electron binary (see report.spec.ts); tests/e2e-electron/main-process.spec.ts checks the same wiring under a stand-in.
test.skip(!electronBinaryAvailable(), SKIP_REASON);

let db: TempDatabase;
test.beforeEach(() => {
  db = tempDatabase();
  execFileSync(process.execPath, [join(repoRoot, 'bin/makegood.js'), '--db', db.path, 'demo', '--incidents', '2000'], { stdio: 'pipe', timeout: 60_000 });
});
test.afterEach(() => db.remove());

test('Import & export: Export CSV saves the file where the save dialog points', async () => {
  const { app, page } = await launchMakegood(db);
  const out = join(db.userData, '..', 'chosen.csv');
  // The save dialog is the operating system's: answer it from the main process.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
  }, out);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByText(new RegExp(`^Exported 2,0\\d\\d incidents in [\\d,]+ rows to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))).toBeVisible({ timeout: 30_000 });
  await app.close();

  const expected = join(db.userData, '..', 'expected.csv');
  execFileSync(process.execPath, [join(repoRoot, 'bin/makegood.js'), '--db', db.path, 'export', expected], { stdio: 'pipe', timeout: 60_000 });
  expect(readFileSync(out).equals(readFileSync(expected))).toBe(true);
});
