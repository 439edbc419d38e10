import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from '../../electron/main/server/bridge';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let bridge: Bridge;
beforeEach(async () => {
  t = tempCore();
  bridge = await startBridge({ handlers: t.core.handlers });
});
afterEach(async () => {
  await bridge.close();
  t.cleanup();
});

/** Raw HTTP, so Host and Origin can be set as an attacker would. */
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const host = () => `127.0.0.1:${bridge.port}`;
const rpc = (headers: Record<string, string>, body = '{}', channel = 'settings.get') =>
  send(`/rpc/${channel}`, { method: 'POST', headers: { host: host(), 'content-type': 'application/json', ...headers }, body });

describe('the browser bridge', () => {
  it('listens on loopback only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('answers with the token and refuses without it or with a wrong one', async () => {
    expect((await rpc({ authorization: `Bearer ${bridge.token}` })).status).toBe(200);
    expect((await rpc({})).status).toBe(401);
    expect((await rpc({ authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await send(`/?token=wrong`, { headers: { host: host() } })).status).toBe(401);
  });

  it('swaps the token in the opened link for an HttpOnly, same-site cookie', async () => {
    const open = await send(`/?token=${bridge.token}`, { headers: { host: host() } });
    expect(open.status).toBe(302);
    expect(open.headers.location).toBe('/');
    const cookie = String(open.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const r = await rpc({ cookie: cookie.split(';')[0]!, origin: `http://${host()}` });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { currency: 'USD' } });
  });

  it('refuses a foreign Host (DNS rebinding), a foreign Origin and a cross-site fetch, even with the token', async () => {
    const auth = { authorization: `Bearer ${bridge.token}` };
    expect((await rpc({ ...auth, host: `evil.example:${bridge.port}` })).status).toBe(403);
    expect((await rpc({ ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await rpc({ ...auth, origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await rpc({ ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('passes errors through as results a person can read', async () => {
    const auth = { authorization: `Bearer ${bridge.token}` };
    const bad = await rpc(auth, JSON.stringify({ whatHappened: '' }), 'incidents.create');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'whatHappened: What happened is required' });
    const notJson = await rpc(auth, '{oops', 'incidents.create');
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
    expect((await rpc(auth, '{}', 'nope.nothing')).status).toBe(404);
  });
});
