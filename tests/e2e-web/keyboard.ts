// Helpers the end-to-end specs share: moving by keyboard as a person does, and set-up calls.
import { expect, type Locator, type Page } from '@playwright/test';
import { SESSION_KEY_STORE } from '../../shared/browserKey';

/** Press Tab until `target` has focus, as a person would; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, max = 20) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** A call as the page makes it (same origin, with the tab's session key), for set-up. */
export async function rpc<T>(page: Page, channel: string, body: object): Promise<T> {
  // The page trades the printed link for its key as it starts: wait for that.
  await page.waitForFunction((store) => sessionStorage.getItem(store) !== null, SESSION_KEY_STORE);
  const result = await page.evaluate(
    async ([c, b, store]) => {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem(store)}` };
      return (await fetch(`/rpc/${c}`, { method: 'POST', headers, body: JSON.stringify(b) })).json();
    },
    [channel, body, SESSION_KEY_STORE] as const,
  );
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.value as T;
}
