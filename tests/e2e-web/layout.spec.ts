// Layout at the counter's 1366×768, light and dark: filters whole, the main action above the fold, notes under the header.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Each filter control whose shown text needs more room than it has: a select by its chosen option, a date by its own width. */
async function clippedFilters(page: Page) {
  return page.getByRole('search', { name: 'Journal filters' }).locator('select, input[type="date"]').evaluateAll((els) => {
    const ctx = document.createElement('canvas').getContext('2d');
    const out: string[] = [];
    for (const el of els as (HTMLSelectElement | HTMLInputElement)[]) {
      // Under a closed "More": not shown, so not clipped; the test opens it and measures again.
      if (el.clientWidth === 0) continue;
      const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.id;
      const style = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      let need: number;
      if (el instanceof HTMLSelectElement) {
        if (!ctx) throw new Error('no canvas');
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        need = ctx.measureText(el.selectedOptions[0]?.text ?? '').width;
      } else {
        // A date input at its natural width shows every part; it must not need more than it has.
        const probe = el.cloneNode() as HTMLInputElement;
        probe.style.width = 'max-content';
        probe.style.position = 'absolute';
        document.body.append(probe);
        need = probe.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        probe.remove();
      }
      if (need > room + 0.5 || el.scrollWidth > el.clientWidth) out.push(`${name}: needs ${Math.ceil(need)} px, has ${room} px`);
    }
    return out;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('the journal filters fit at 1366 px, the date range in one control, rarer filters under More', async ({ page, demoAppUrl }) => {
      await page.goto(demoAppUrl);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
      const filters = page.getByRole('search', { name: 'Journal filters' });
      await expect(filters.getByLabel('Category')).toBeVisible();
      expect(await clippedFilters(page)).toEqual([]);
      const dates = filters.getByRole('group', { name: 'Happened' });
      await expect(dates.getByLabel('From')).toBeVisible();
      await expect(dates.getByLabel('To')).toBeVisible();

      // Channel, severity and staff wait under More filters, and fit too when shown.
      await expect(filters.getByLabel('Channel')).toBeHidden();
      await filters.getByRole('button', { name: 'More filters' }).click();
      await expect(filters.getByLabel('Channel')).toBeVisible();
      await filters.getByLabel('Severity').selectOption({ label: 'Critical' });
      const more = filters.getByRole('button', { name: 'More filters (1)' });
      await expect(more).toBeVisible();
      expect(await clippedFilters(page)).toEqual([]);
      expect(await more.locator('.mantine-Button-label').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      expect(await filters.locator('select, input[type="date"]').evaluateAll((els) => els.filter((el) => el.clientWidth > 0).length)).toBe(8);
      // Nothing spills sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    });

    test('Export PDF sits above the fold, and a note never covers the header', async ({ page, appUrl }) => {
      await page.goto(appUrl);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
      const exportPdf = page.getByRole('button', { name: 'Export PDF' });
      await expect(exportPdf).toBeVisible();
      const box = await exportPdf.boundingBox();
      expect(box && box.y + box.height).toBeLessThan(768);

      // A note: saving the month's transactions says so in one.
      await page.getByLabel('Transactions this month').fill('1200');
      await page.getByRole('button', { name: 'Save transactions' }).click();
      const note = page.locator('.mantine-Notification-root').filter({ hasText: 'saved' });
      await expect(note).toBeVisible();
      const header = await page.getByRole('banner').first().boundingBox();
      const noteBox = await note.boundingBox();
      const button = await page.getByRole('button', { name: /Log incident/ }).boundingBox();
      expect(header && noteBox && button).toBeTruthy();
      if (!header || !noteBox || !button) return;
      expect(noteBox.y).toBeGreaterThanOrEqual(header.y + header.height);
      expect(noteBox.y).toBeGreaterThanOrEqual(button.y + button.height);
    });
  });
}
