// Vouchers that come back, in browser mode: a voucher given on an incident prints as a slip through
// the print page (to a PDF here: its text and paper checked with poppler), then is redeemed by its
// code from search, and a second redemption is refused in one sentence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { rpc } from './keyboard';

const MM_PER_PT = 25.4 / 72;

test('a voucher prints as a slip naming no staff, is redeemed from search, and not twice', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await rpc(page, 'settings.update', { businessName: 'Corner Bakery', voucherValidDays: 30, voucherApology: 'Sorry about the cake. Come back soon.' });
  const dana = await rpc<{ id: number }>(page, 'staff.create', { name: 'Dana Whitfield', monthlyAllowance: 50_000 });
  const { incident } = await rpc<{ incident: { id: number; ref: string } }>(page, 'incidents.create', { whatHappened: 'Birthday cake was dropped' });
  const voucher = await rpc<{ code: string }>(page, 'compensations.add', {
    incidentId: incident.id,
    kind: 'voucher',
    cost: 1500,
    givenById: dana.id,
    description: 'Free cake on us, from Dana Whitfield',
  });
  expect(voucher.code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);

  // The incident shows the code, its status and Print slip.
  await page.goto(`${new URL(appUrl).origin}/#/incidents/${incident.id}`);
  const entry = page.getByRole('group', { name: `Voucher ${voucher.code}` });
  await expect(entry.getByText(/^Valid until /)).toBeVisible();

  // Print slip opens the print page in a new tab, which prints itself once drawn.
  const [slip] = await Promise.all([page.waitForEvent('popup'), entry.getByRole('button', { name: `Print slip for ${voucher.code}` }).click()]);
  await slip.waitForFunction(() => document.body.dataset.slipReady === 'true');
  // The page size the app's printer is told (Electron's print takes it in microns).
  const page80 = JSON.parse((await slip.evaluate(() => document.body.dataset.slipPage)) ?? '{}') as { widthMm: number; heightMm: number };
  expect(page80.widthMm).toBe(80);
  expect(page80.heightMm).toBeGreaterThan(50);
  const dir = mkdtempSync(join(tmpdir(), 'makegood-slip-'));
  try {
    const pdf = join(dir, 'slip.pdf');
    await slip.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(voucher.code);
    expect(text).toContain('Corner Bakery');
    expect(text).toContain('Sorry about the cake. Come back soon.');
    expect(text).toContain('$15.00');
    expect(text).toMatch(/Free cake on us/);
    expect(text).toMatch(/Valid until/);
    expect(text).not.toMatch(/Dana|Whitfield/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
    expect(Number(w) * MM_PER_PT).toBeCloseTo(80, 0);
    // As tall as the slip, on one page: not a whole A4 sheet.
    expect(Number(h) * MM_PER_PT).toBeLessThan(150);
    expect(info).toMatch(/Pages:\s+1\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await slip.close();
  }

  // At the counter: the code typed into search, any case, no prefix; Enter redeems it.
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Search incidents, lessons and root causes' });
  await expect(box).toBeFocused();
  await page.keyboard.type(voucher.code.slice(4).toLowerCase());
  await expect(page.getByRole('option', { name: new RegExp(`Redeem ${voucher.code}`) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const answer = page.getByTestId('search-answer');
  await expect(answer).toHaveText(`Voucher ${voucher.code} redeemed (Free cake on us, from Dana Whitfield, incident ${incident.ref}).`);

  // Typed again: no Redeem any more, and why, in one sentence.
  await box.fill('');
  await box.fill(voucher.code);
  const again = page.getByRole('option', { name: new RegExp(`${voucher.code} · incident ${incident.ref}`) });
  await expect(again).toContainText(new RegExp(`^.*Voucher ${voucher.code} was already redeemed on [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\.$`));
  await expect(page.getByRole('option', { name: new RegExp(`Redeem ${voucher.code}`) })).toHaveCount(0);
  // The core refuses it as well, in the same sentence.
  const second = await page.evaluate(async (code) => {
    const key = sessionStorage.getItem('makegood.sessionKey');
    const res = await fetch('/rpc/vouchers.redeem', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ code }) });
    return (await res.json()) as { ok: boolean; message: string };
  }, voucher.code);
  expect(second).toMatchObject({ ok: false, message: expect.stringMatching(new RegExp(`^Voucher ${voucher.code} was already redeemed on .+\\.$`)) });

  // The incident says so: redeemed, and the customer kept (outcome retained).
  await page.keyboard.press('Escape');
  await expect(entry.getByText(/^Redeemed on /)).toBeVisible();
  await expect(page.getByText(`Voucher ${voucher.code} redeemed`)).toBeVisible();
});
