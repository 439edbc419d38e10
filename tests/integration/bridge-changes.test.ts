// Browser mode's change signal: GET /changes streams `changed` (Server-Sent Events) to a page that
// shows the session key, and to nobody else (the same guards as /rpc: key, Host, Origin).
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { startBridge, type Bridge } from '../../electron/main/server/bridge';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let bridge: Bridge;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

beforeEach(async () => {
  t = tempCore();
  bridge = await startBridge({
    call: callerOf(t.core.handlers),
    changes: {
      subscribe: (listener) => {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
  });
});
afterEach(async () => {
  await bridge.close();
  t.cleanup();
});

const host = () => `127.0.0.1:${bridge.port}`;

/** Opens GET /changes; `text()` is everything it has sent so far. */
function follow(headers: Record<string, string>) {
  return new Promise<{ res: IncomingMessage; text: () => string; close: () => void; body: Promise<string> }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path: '/changes', headers: { host: host(), ...headers } }, (res) => {
      let text = '';
      const body = new Promise<string>((done) => {
        res.on('data', (c) => (text += c));
        res.on('end', () => done(text));
        res.on('close', () => done(text));
      });
      resolve({ res, text: () => text, close: () => req.destroy(), body });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('not within time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('GET /changes', () => {
  it('streams `changed` to a page with the session key, one event per change, and stops listening when it goes', async () => {
    const stream = await follow({ authorization: `Bearer ${bridge.sessionKey}` });
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toContain('text/event-stream');
    expect(stream.res.headers['cache-control']).toContain('no-store');
    expect(stream.res.headers['set-cookie']).toBeUndefined();
    await until(() => stream.text().includes('event: ready'));
    expect(listeners.size).toBe(1);

    changed();
    changed();
    await until(() => stream.text().split('event: changed').length - 1 === 2);

    stream.close();
    await until(() => listeners.size === 0);
  });

  it('refuses a page without the session key, a foreign Host and a foreign Origin, before it listens', async () => {
    const link = new URL(bridge.openUrl).hash.slice('#key='.length);
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${link}` }] as Record<string, string>[]) {
      const refused = await follow(headers);
      expect(refused.res.statusCode, JSON.stringify(headers)).toBe(401);
      expect(JSON.parse(await refused.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    }
    const auth = { authorization: `Bearer ${bridge.sessionKey}` };
    for (const headers of [{ host: `evil.example:${bridge.port}` }, { origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const refused = await follow({ ...auth, ...headers });
      expect(refused.res.statusCode, JSON.stringify(headers)).toBe(403);
      await refused.body;
    }
    expect(listeners.size).toBe(0);
  });
});
