import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/main/server/bridge';
import { linkKeyIn } from '../../shared/browserKey';
import { tempCore, type TempCore } from '../support/core';

const PDF = new TextEncoder().encode('%PDF-1.7 stand-in');

let t: TempCore;
let shell: string;
let bridge: Bridge;
let printed: string[];
beforeEach(async () => {
  t = tempCore();
  // The app's shell as the build leaves it: a page without data.
  shell = mkdtempSync(join(tmpdir(), 'makegood-shell-'));
  writeFileSync(join(shell, 'index.html'), '<!doctype html><title>Makegood</title>');
  printed = [];
  bridge = await startBridge({
    call: callerOf(t.core.handlers),
    staticDir: shell,
    onLinkUsed: (url) => printed.push(url),
    // Stands in for Chromium: this file is about who may ask, not about printing.
    printReportPdf: async () => PDF,
  });
});
afterEach(async () => {
  await bridge.close();
  rmSync(shell, { recursive: true, force: true });
  t.cleanup();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
/** Every answer the bridge gave in a test, to check none of them sets a cookie. */
let answers: Answer[] = [];
beforeEach(() => {
  answers = [];
});

/** Raw HTTP, so Host and Origin can be set as an attacker would. */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const headers = { host: host(), ...opts.headers };
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path, method: opts.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => {
        const answer = { status: res.statusCode ?? 0, headers: res.headers, body };
        answers.push(answer);
        resolve(answer);
      });
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const host = () => `127.0.0.1:${bridge.port}`;
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
const rpc = (headers: Record<string, string>, body = '{}', channel = 'settings.get') =>
  send(`/rpc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const pdf = (headers: Record<string, string>) => send('/report.pdf?month=2026-10&edition=external', { headers });
const trade = (headers: Record<string, string>) => send('/session', { method: 'POST', headers });
const linkKeyOf = (url: string) => linkKeyIn(new URL(url).hash) ?? '';

describe('the browser bridge', () => {
  it('listens on loopback only, and prints a link whose key sits in the fragment', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
    expect(bridge.openUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/#key=[\\w-]{32}$`));
    expect(linkKeyOf(bridge.openUrl)).not.toBe(bridge.sessionKey);
  });

  it('trades the link key for the session key exactly once, then prints a fresh link', async () => {
    const first = bridge.openUrl;
    const opened = await trade({ ...bearer(linkKeyOf(first)), origin: `http://${host()}`, 'sec-fetch-site': 'same-origin' });
    expect(opened.status).toBe(200);
    expect(opened.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(opened.body)).toEqual({ ok: true, value: { sessionKey: bridge.sessionKey } });

    const again = await trade(bearer(linkKeyOf(first)));
    expect(again.status).toBe(401);
    expect(JSON.parse(again.body)).toEqual({
      ok: false,
      code: 'UNAUTHORIZED',
      message: 'This link was already used. `makegood serve` printed a new one in its window; open that.',
    });

    // The fresh link is the one now open, and it too works once.
    expect(printed).toHaveLength(1);
    expect(printed[0]).not.toBe(first);
    expect(bridge.openUrl).toBe(printed[0]);
    expect((await trade(bearer(linkKeyOf(printed[0]!)))).status).toBe(200);
    expect((await trade(bearer(linkKeyOf(printed[0]!)))).status).toBe(401);
    expect(printed).toHaveLength(2);
  });

  it('opens no session for a wrong or missing link key, nor for the session key, and keeps the link valid', async () => {
    expect((await trade({})).status).toBe(401);
    expect((await trade(bearer('wrong'))).status).toBe(401);
    expect((await trade(bearer(`${linkKeyOf(bridge.openUrl)}x`))).status).toBe(401);
    expect((await trade(bearer(bridge.sessionKey))).status).toBe(401);
    // The key in a query, as the old links carried it, is not read at all.
    expect((await send(`/?token=${linkKeyOf(bridge.openUrl)}`)).status).toBe(200);
    expect((await send(`/session?key=${linkKeyOf(bridge.openUrl)}`)).status).toBe(405);
    expect(printed).toEqual([]);
    expect((await trade(bearer(linkKeyOf(bridge.openUrl)))).status).toBe(200);
  });

  it('answers /rpc and /report.pdf with the session key only; a missing or wrong one gets 401 and a sentence', async () => {
    const ok = await rpc(bearer(bridge.sessionKey));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { currency: 'USD' } });
    const report = await pdf(bearer(bridge.sessionKey));
    expect(report.status).toBe(200);
    expect(report.headers['content-type']).toBe('application/pdf');
    expect(report.body).toBe('%PDF-1.7 stand-in');

    const refused = {
      ok: false,
      code: 'UNAUTHORIZED',
      message: 'Open Makegood with the address `makegood serve` printed (it carries a one-time key).',
    };
    for (const headers of [{}, bearer('wrong'), bearer(linkKeyOf(bridge.openUrl)), { authorization: bridge.sessionKey }]) {
      const call = await rpc(headers);
      expect(call.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(call.body)).toEqual(refused);
      const file = await pdf(headers);
      expect(file.status, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(file.body)).toEqual(refused);
    }
    // Another method or no channel: still refused before anything else is said.
    expect((await send('/rpc/settings.get')).status).toBe(401);
    expect((await send('/rpc/')).status).toBe(401);
  });

  it('serves the app shell without a key, with the CSP and the other headers', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Makegood</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin and a cross-site request on every path, even with the keys', async () => {
    const linkKey = linkKeyOf(bridge.openUrl);
    const attempts: Record<string, string>[] = [
      { host: `evil.example:${bridge.port}` },
      { host: `127.0.0.1:${bridge.port + 1}` },
      { origin: 'http://evil.example' },
      { origin: 'http://127.0.0.1:1' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of attempts) {
      const what = JSON.stringify(headers);
      expect((await rpc({ ...bearer(bridge.sessionKey), ...headers })).status, what).toBe(403);
      expect((await pdf({ ...bearer(bridge.sessionKey), ...headers })).status, what).toBe(403);
      expect((await trade({ ...bearer(linkKey), ...headers })).status, what).toBe(403);
      expect((await send('/', { headers })).status, what).toBe(403);
    }
    expect(JSON.parse(answers.at(-1)!.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED', message: 'Refused: cross-site request' });
    // A refused trade does not spend the link.
    expect(printed).toEqual([]);
    expect((await trade(bearer(linkKey))).status).toBe(200);
  });

  it('never sets a cookie, whatever it is asked', async () => {
    const linkKey = linkKeyOf(bridge.openUrl);
    await send('/');
    await send(`/?token=${linkKey}`);
    await trade(bearer('wrong'));
    await trade(bearer(linkKey));
    await trade(bearer(linkKey));
    await rpc({});
    await rpc(bearer(bridge.sessionKey));
    await pdf({});
    await pdf(bearer(bridge.sessionKey));
    await send('/nothing-here');
    await rpc({ ...bearer(bridge.sessionKey), origin: 'http://evil.example' });
    expect(answers.length).toBe(11);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 401, 200, 401, 401, 200, 401, 200, 404, 403]);
    for (const a of answers) expect(a.headers['set-cookie']).toBeUndefined();
  });

  it('passes errors through as results a person can read', async () => {
    const auth = bearer(bridge.sessionKey);
    const bad = await rpc(auth, JSON.stringify({ whatHappened: '' }), 'incidents.create');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'whatHappened: What happened is required' });
    const notJson = await rpc(auth, '{oops', 'incidents.create');
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
    expect((await rpc(auth, '{}', 'nope.nothing')).status).toBe(404);
  });
});
