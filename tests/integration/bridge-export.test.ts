// Browser mode's Export CSV: GET /export.csv streams the export as it is read, asked with the
// session key or a one-time ticket from data.exportFile, behind the bridge's other checks.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Core, openCore } from '../../electron/main/core/app';
import type { CoreHost } from '../../electron/main/core/context';
import { exportCsv } from '../../electron/main/core/data/export';
import { callerOf, dispatch } from '../../electron/main/core/rpc/dispatch';
import { inProcessBackend } from '../../electron/main/core/service/backend';
import { type Bridge, startBridge } from '../../electron/main/server/bridge';
import { createTickets, TICKET_MS } from '../../electron/main/server/security';
import type { Response } from '../../shared/contract';
import type { ExportRequest } from '../../shared/schemas/data';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let bridge: Bridge;
/** Pieces the bridge streams: the real export unless a test stands in for it. */
let stream: (request: ExportRequest) => AsyncIterable<string>;
beforeEach(async () => {
  t = tempCore();
  for (const whatHappened of ['Cold soup', 'Line one\nline two, “quoted”', 'Café crème 🎂']) {
    await t.call('incidents.create', { whatHappened, occurredAt: '2026-10-03T10:00:00.000Z' });
  }
  // As `serve` wires it, less the thread: the core's named stream (core/service/streams.ts).
  stream = (request) => ({ [Symbol.asyncIterator]: () => inProcessBackend(t.core).stream('export.csv', request) });
  bridge = await startBridge({ call: callerOf(t.core.handlers), streamExport: (request) => stream(request) });
});
afterEach(async () => {
  await bridge.close();
  t.cleanup();
});

const host = () => `127.0.0.1:${bridge.port}`;
const session = () => ({ authorization: `Bearer ${bridge.sessionKey}` });

/** GET over raw HTTP (Host and Origin as a browser or an attacker would set them); resolves at the headers. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: bridge.port, path, headers: { host: host(), ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
}
async function text(res: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of res) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}
const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms))]);

describe('GET /export.csv', () => {
  it('with the session key: the whole-text export, byte for byte, as a download nobody caches', async () => {
    const res = await get('/export.csv', session());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="makegood-export.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await text(res)).toBe(exportCsv(t.core.db, {}).csv);

    const ranged = await get('/export.csv?from=2026-10-04&to=2026-10-31', session());
    expect(await text(ranged)).toBe(exportCsv(t.core.db, { from: '2026-10-04', to: '2026-10-31' }).csv);
    const bad = await get('/export.csv?from=2026-13-01', session());
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(await text(bad))).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/From must be a date/) });
  });

  it('streams: the first piece arrives while the rest is not yet made, and a reader who leaves stops the export', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let stopped = false;
    stream = async function* () {
      try {
        yield 'ref,occurred_at\n';
        // Made only once the test has the first piece: a bridge that waited for the whole would never answer.
        await released;
        yield 'MG-1,2026-10-03T12:00:00\n';
        // Never ends by itself: only the reader leaving stops it.
        for (let n = 2; ; n += 1) {
          await new Promise((r) => setTimeout(r, 5));
          yield `MG-${n},2026-10-03T12:00:00\n`;
        }
      } finally {
        stopped = true;
      }
    };
    const res = await within(get('/export.csv', session()), 3000, 'the headers');
    expect(res.statusCode).toBe(200);
    const first = await within(new Promise<Buffer>((resolve) => res.once('data', resolve)), 5000, 'the first piece');
    expect(first.toString()).toBe('ref,occurred_at\n');
    release();
    const second = await within(new Promise<Buffer>((resolve) => res.once('data', resolve)), 5000, 'the second piece');
    expect(second.toString()).toBe('MG-1,2026-10-03T12:00:00\n');
    res.destroy();
    await within((async () => { while (!stopped) await new Promise((r) => setTimeout(r, 10)); })(), 5000, 'stopping the export');
  });

  it('refuses without the session key: none, a wrong one, or a key in the address', async () => {
    for (const [path, headers] of [
      ['/export.csv', {}],
      ['/export.csv', { authorization: 'Bearer wrong' }],
      ['/export.csv', { authorization: bridge.sessionKey }],
      [`/export.csv?key=${bridge.sessionKey}`, {}],
      [`/export.csv?ticket=${bridge.sessionKey}`, {}],
    ] as const) {
      const res = await get(path, headers);
      expect(res.statusCode, `${path} ${JSON.stringify(headers)}`).toBe(401);
      const body = await text(res);
      expect(body).not.toContain('ref,occurred_at');
      expect(JSON.parse(body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' });
    }
  });

  it('keeps the bridge’s checks: a foreign host, origin or site is refused even with the key', async () => {
    const refused = [
      { ...session(), host: `evil.example:${bridge.port}` },
      { ...session(), origin: 'http://evil.example' },
      { ...session(), 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const res = await get('/export.csv', headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(await text(res)).not.toContain('ref,occurred_at');
    }
  });
});

describe('Export CSV in browser mode (data.exportFile, then the link)', () => {
  let core: Core;
  beforeEach(() => {
    // The host `serve` gives the core: the answer is an address on the bridge.
    const serveHost: CoreHost = {
      exportReportPdf: async () => ({ savedTo: null, downloadUrl: null }),
      chooseImportSource: async () => null,
      chooseExportTarget: async (suggestedName, request) => ({ downloadUrl: bridge.exportDownloadUrl(request, suggestedName) }),
    };
    core = openCore({ databasePath: t.databasePath, version: 'test', now: () => new Date('2026-10-15T12:00:00.000Z'), host: serveHost });
  });
  afterEach(() => core.close());

  it('answers a one-time address; the link downloads the export without the key, once', async () => {
    const answer = await dispatch(core.handlers, 'data.exportFile', { from: '2026-10-01' });
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'download', fileName: 'makegood-export-2026-10-15.csv' } });
    const value = answer.ok ? (answer.value as Response<'data.exportFile'>) : null;
    if (value?.outcome !== 'download') return;
    const { downloadUrl } = value;
    expect(downloadUrl).toMatch(/^\/export\.csv\?ticket=[\w-]{32}$/);
    expect(downloadUrl).not.toContain(bridge.sessionKey);

    // A link the browser follows: same origin, no Authorization header.
    const res = await get(downloadUrl, { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="makegood-export-2026-10-15.csv"');
    expect(await text(res)).toBe(exportCsv(t.core.db, { from: '2026-10-01' }).csv);

    const again = await get(downloadUrl);
    expect(again.statusCode).toBe(401);
    expect(JSON.parse(await text(again))).toMatchObject({ message: expect.stringMatching(/already used or is more than a minute old/) });
  });
});

describe('download tickets', () => {
  it('work once, for a minute, and only as issued', () => {
    let clock = 1_000_000;
    const tickets = createTickets<string>(() => clock);
    const a = tickets.issue('a');
    const b = tickets.issue('b');
    expect(a).not.toBe(b);
    expect(tickets.take(undefined)).toBeNull();
    expect(tickets.take(`${a}x`)).toBeNull();
    expect(tickets.take(a)).toBe('a');
    expect(tickets.take(a)).toBeNull();
    clock += TICKET_MS;
    expect(tickets.take(b)).toBeNull();
  });
});
