// Helpers the end-to-end specs share: moving by keyboard as a person does, and set-up calls.
import { expect, type Locator, type Page } from '@playwright/test';

/** Press Tab until `target` has focus, as a person would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, max = 20) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A call as the page makes it (same origin, with the session cookie), for set-up. */
export async function rpc<T>(page: Page, channel: string, body: object): Promise<T> {
  const result = await page.evaluate(
    async ([c, b]) => (await fetch(`/rpc/${c}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })).json(),
    [channel, body] as const,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}
