// The first Tab stop on every screen skips the header and the navigation, straight to the content.
import { expect, test } from './fixtures';

test('Skip to content is the first Tab stop, shows when focused, and moves the focus to the content', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The route stays where it was: the link does not navigate.
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
});
