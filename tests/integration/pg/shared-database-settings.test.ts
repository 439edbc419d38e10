// Settings → Data → "Use a shared database", through dispatch as the window calls it: where the
// data is, a test connection, and the switch, which only the app's host can make (browser mode is
// told how `serve` is started instead).
import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/main/core/app';
import type { CoreHost } from '../../../electron/main/core/context';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { tempCore, type TempCore } from '../../support/core';
import { createTestDatabase, dropTestDatabase, onPostgres } from '../../support/pgTest';

let t: TempCore | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  t?.cleanup();
  t = undefined;
  while (cleanups.length > 0) cleanups.pop()!();
});

/** A core whose host is the app's as far as switching goes: it records each switch asked for. */
function appCore(databasePath: string): { core: Core; switches: ({ url: string; password: string } | null)[] } {
  const switches: ({ url: string; password: string } | null)[] = [];
  const host: CoreHost = {
    exportReportPdf: async () => ({ savedTo: null, downloadUrl: null }),
    chooseExportTarget: async () => null,
    chooseImportSource: async () => null,
    useDatabase: async (target) => void switches.push(target),
  };
  const core = openCore({ databasePath, version: 'test', host });
  cleanups.push(() => core.close());
  return { core, switches };
}

function newDatabase(): string {
  const url = createTestDatabase();
  cleanups.push(() => dropTestDatabase(url));
  return url;
}

/** The form's fields for a URL that carries its user: the address, and the user apart, as a person types them. */
function form(url: string, password = 'typed in the form') {
  const parsed = new URL(url);
  const user = decodeURIComponent(parsed.username);
  parsed.username = '';
  return { url: parsed.toString(), user, password };
}

describe('where the data is', () => {
  it('names the file or the shared database (never a password), and says a test core cannot switch', async () => {
    t = tempCore();
    const where = await t.call('database.where', {});
    expect(where).toEqual({ engine: onPostgres ? 'postgres' : 'sqlite', shown: t.databasePath, canSwitch: false });
  });

  it('browser mode (no switch in its host) is told how serve is started, and nothing changes', async () => {
    t = tempCore();
    const r = await t.raw('database.connect', { url: 'postgres://db.local/makegood', user: 'makegood', password: 'x' });
    expect(r).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'In the browser, Makegood uses the data it was started with: to use a shared database, start it as MAKEGOOD_DB=postgres://… PGPASSWORD=… makegood serve.',
    });
  });

  it.each([
    [{ url: 'db.local/makegood', user: 'makegood' }, "The shared database's address starts with postgres://, e.g. postgres://db.local/makegood."],
    [{ url: 'postgres://makegood:hunter2@db.local/makegood', user: '' }, 'Leave the password out of the address: type it under Password, where the app keeps it encrypted.'],
    [{ url: 'postgres://db.local', user: 'makegood' }, "The address must end with the database's name, e.g. postgres://db.local/makegood."],
    [{ url: 'postgres://db.local/makegood', user: '' }, 'Type the PostgreSQL user Makegood connects as (e.g. makegood).'],
  ])('refuses the form %j in a sentence before connecting', async (fields, sentence) => {
    t = tempCore();
    expect(await t.raw('database.test', { ...fields, password: '' })).toEqual({ ok: false, code: 'BAD_REQUEST', message: sentence });
  });

  it('a server that is not there: a sentence with the address, no password', async () => {
    t = tempCore();
    const r = await t.raw('database.test', { url: 'postgres://127.0.0.1:1/makegood', user: 'makegood', password: 'secret' });
    expect(r).toEqual({
      ok: false,
      code: 'UNAVAILABLE',
      message: 'Makegood could not reach the shared database at postgres://makegood@127.0.0.1:1/makegood: nothing answered at that address and port (is the PostgreSQL server running?).',
    });
  });

  it('a server that never answers: the test waits up to 8 s, and the counter goes on saving meanwhile', async () => {
    t = tempCore();
    // Takes the connection and says nothing, as a firewall that drops packets or a stalled server does.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      for (const s of sockets) s.destroy();
      silent.close();
    });
    const port = (silent.address() as AddressInfo).port;
    const started = performance.now();
    let settledAt: number | null = null;
    const testing = t.raw('database.test', { url: `postgres://127.0.0.1:${port}/makegood`, user: 'makegood', password: 'secret' }).then((r) => {
      settledAt = performance.now() - started;
      return r;
    });
    // While it waits: an incident is saved and Home answers, the test connection still waiting.
    await t.call('incidents.create', { whatHappened: 'Card reader froze while the shared database was being tested' });
    expect((await t.call('incidents.home', {})).openCount).toBe(1);
    expect(settledAt).toBeNull();
    const r = await testing;
    expect(settledAt).toBeGreaterThan(7000);
    expect(r).toMatchObject({ ok: false, code: 'UNAVAILABLE', message: expect.stringMatching(/^Makegood could not reach the shared database at postgres:\/\/makegood@127\.0\.0\.1:\d+\/makegood: .*timeout/) });
    expect(JSON.stringify(r)).not.toContain('secret');
  }, 30_000);
});

describe.skipIf(!onPostgres)('switching to a shared database (the app)', () => {
  it('Test connection: an empty database, then one holding the shop’s incidents', async () => {
    t = tempCore();
    const url = newDatabase();
    const empty = await t.call('database.test', form(url));
    expect(empty).toMatchObject({ incidents: null, serverVersion: expect.any(Number) });
    expect(empty.message).toMatch(/^Connected to PostgreSQL \d+: an empty database\. Move this computer's records there, or connect to start a new log on it\.$/);
    const shop = appCore(url);
    await dispatch(shop.core.handlers, 'incidents.create', { whatHappened: 'Wrong size of shoes sent' });
    expect((await t.call('database.test', form(url))).message).toMatch(/the shared database holds 1 incident\. Connect to use them on this computer\.$/);
  });

  it('Move this computer’s records there: copied and checked, then the host switches, password and all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'makegood-settings-move-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const counter = appCore(join(dir, 'makegood.sqlite'));
    await dispatch(counter.core.handlers, 'incidents.create', { whatHappened: 'Croissants were stale' });
    const url = newDatabase();
    const r = await dispatch(counter.core.handlers, 'database.moveTo', form(url, 's3cret'));
    // The figures are compared on both engines; this fails until the figures' SQL runs on PostgreSQL.
    expect(r).toMatchObject({ ok: true, value: { message: expect.stringMatching(/^Moved 1 incident, 0 compensations, .*; the counts and the figures match\. Makegood now restarts on the shared database\.$/) } });
    expect(counter.switches).toEqual([{ url, password: 's3cret' }]);
  });

  it('Connect: tested first, then the host switches; a computer already on it cannot move a file it has not', async () => {
    const url = newDatabase();
    const counter = appCore(url);
    const r = await dispatch(counter.core.handlers, 'database.connect', form(url));
    expect(r).toMatchObject({ ok: true, value: { message: expect.stringContaining('Makegood now restarts on the shared database at postgres://postgres@127.0.0.1:') } });
    expect(counter.switches).toEqual([{ url, password: 'typed in the form' }]);
    expect(await dispatch(counter.core.handlers, 'database.moveTo', form(url))).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'This computer already uses a shared database: there is no file of its own to move.',
    });
    expect(await dispatch(counter.core.handlers, 'database.useFile', {})).toMatchObject({ ok: true });
    expect(counter.switches.at(-1)).toBeNull();
  });
});
