// Property, over HTTP: the browser bridge (a real Hono server on 127.0.0.1, with the session key) answers
// any body on any channel of the contract with JSON `{ ok, … }`: 200 with a value, or a 4xx with a
// known code and a sentence (never 500: that is a crash inside a handler), and a refused call
// leaves the SQLite file exactly as it was. Bodies that are not JSON at all are refused the same way.
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { MAX_BODY, startBridge, type Bridge } from '../../electron/main/server/bridge';
import { contract } from '../../shared/contract';
import { hostileString, ODD_TEXTS, payloadFor } from '../support/hostile';
import { expectCleanCall, expectReadableResult, expectUnpollutedPrototypes } from '../support/invariants';
import { REGRESSIONS } from '../support/regressions';
import { tempCore, type TempCore } from '../support/core';

const NOW = new Date('2026-10-15T12:00:00.000Z');
/** Per channel; FUZZ_RUNS searches deeper (the dispatch test covers the same channels more often). */
const RUNS = Math.ceil(Number(process.env.FUZZ_RUNS ?? 60) / 2);

let t: TempCore;
let bridge: Bridge;
beforeAll(async () => {
  t = tempCore(NOW);
  generateDemo(t.core.db, { incidents: 40, seed: 12, now: NOW });
  bridge = await startBridge({ call: callerOf(t.core.handlers) });
});
afterAll(async () => {
  await bridge.close();
  expectUnpollutedPrototypes();
  t.cleanup();
});

interface Sent {
  method?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string | null;
}

/** One request with the session key; checks the HTTP side (JSON body, status agrees with ok) and returns the body. */
async function rpc(channel: string, { method = 'POST', body, contentType = 'application/json' }: Sent) {
  const where = `${method} /rpc/${channel}`;
  const headers: Record<string, string> = { authorization: `Bearer ${bridge.sessionKey}` };
  if (contentType !== null) headers['content-type'] = contentType;
  const res = await fetch(`${bridge.url}rpc/${encodeURIComponent(channel)}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${where} answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
  const answer = expectReadableResult(parsed, where);
  if (answer.ok) expect(res.status, where).toBe(200);
  else expect(res.status, `${where} refused (${answer.code}: ${answer.message}) with status ${res.status}`).toBeGreaterThanOrEqual(400);
  if (!answer.ok) expect(res.status, `${where}: ${answer.message}`).toBeLessThan(500);
  return parsed;
}

/** What JSON.stringify makes of a payload (undefined: no body at all, which the bridge reads as {}). */
const asJson = (payload: unknown) => JSON.stringify(payload) ?? '';

describe('the browser bridge under random and malformed bodies', () => {
  for (const channel of Object.keys(contract) as (keyof typeof contract)[]) {
    it(`${channel}: JSON with a value, or a 4xx refusal that wrote nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(payloadFor(contract[channel].request), async (payload) => {
          await expectCleanCall(t.core.db, channel, () => rpc(channel, { body: asJson(payload) }));
        }),
        { numRuns: RUNS, examples: (REGRESSIONS[channel] ?? []).map((p) => [p]) },
      );
      // A random settings.update may have switched the file's language: the sentences the later
      // cases read are English ones.
      if (channel === 'settings.update') await rpc('settings.update', { body: '{"language":"en"}' });
    }, 10_000 + RUNS * 60);
  }

  it('refuses bodies that are not JSON, whatever the content type, on every channel', async () => {
    const notJson = fc.oneof(
      fc.constantFrom(
        '{oops',
        '{"whatHappened":',
        'NaN',
        'undefined',
        "{'whatHappened': 'single quotes'}",
        '\u0000',
        '{"whatHappened":"x",}',
        '[1, 2',
        'whatHappened=Cold+soup',
        '--x\r\nContent-Disposition: form-data; name="whatHappened"\r\n\r\nCold soup\r\n--x--',
      ),
      // An empty body is the bridge's way of saying {}.
      hostileString().filter((s) => {
        if (s === '') return false;
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      }),
    );
    const bytes = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Uint8Array.from([0xff, ...b]));
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(contract)), fc.oneof(notJson, bytes), contentType, async (channel, body, type) => {
        const answer = await expectCleanCall(t.core.db, channel, () => rpc(channel, { body, contentType: type }));
        expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('keeps JSON keys such as __proto__ and constructor as plain data', async () => {
    const bodies = [
      '{"__proto__": {"polluted": 1}, "whatHappened": "Cold soup"}',
      '{"constructor": {"prototype": {"polluted": 1}}, "whatHappened": "Cold soup"}',
      '{"whatHappened": "Cold soup", "customer": {"__proto__": {"polluted": 1}, "name": "Dana"}}',
      '{"id": 1, "changes": {"__proto__": {"internalNote": "smuggled"}}}',
    ];
    for (const channel of ['incidents.create', 'incidents.update', 'drafts.save', 'settings.update']) {
      for (const body of bodies) {
        const answer = await expectCleanCall(t.core.db, channel, () => rpc(channel, { body }));
        // Strict objects refuse the stray key; nothing else reads it.
        expect(answer.ok, `${channel} ${body}`).toBe(false);
      }
    }
    expectUnpollutedPrototypes();
  });

  it('refuses JSON nested 1,000, 20,000 and 500,000 levels deep with a 400 and a sentence (issue 12: a 500, then a RangeError)', async () => {
    for (const depth of [1_000, 20_000, 500_000]) {
      for (const [open, close] of [['[', ']'], ['{"a":', '}']] as const) {
        const body = `{"whatHappened":"x","severity":${open.repeat(depth)}1${close.repeat(depth)}}`;
        const answer = await expectCleanCall(t.core.db, `${depth} levels of ${open}`, () => rpc('incidents.create', { body }));
        expect(answer, `${depth} levels of ${open}`).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/nested/i) });
      }
    }
  });

  it('refuses unknown channels, methods other than POST, and bodies over the limit, in JSON', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'nope.nothing', ...ODD_TEXTS.filter((s) => s !== '' && !/\p{Cs}/u.test(s))]) {
      const answer = await expectCleanCall(t.core.db, name, () => rpc(name, { body: '{}' }));
      expect(answer.code).toBe('UNKNOWN_CHANNEL');
    }
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await expectCleanCall(t.core.db, method, () => rpc('incidents.create', { method, body: method === 'GET' ? undefined : '{}' }));
      expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    // A 3 MB body is read (an import's CSV can be 50 MB): the contract, not the bridge, answers.
    const big = JSON.stringify({ whatHappened: 'x'.repeat(3 * 1024 * 1024) });
    const read = await expectCleanCall(t.core.db, 'big body', () => rpc('incidents.create', { body: big }));
    expect(read).toMatchObject({ ok: false, code: 'BAD_REQUEST', issues: [expect.objectContaining({ path: 'whatHappened' })] });
    const huge = JSON.stringify({ whatHappened: 'x'.repeat(MAX_BODY + 1) });
    const tooLarge = await expectCleanCall(t.core.db, 'huge body', () => rpc('incidents.create', { body: huge }));
    expect(tooLarge).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: 'The request is too large.' });
  });
});
