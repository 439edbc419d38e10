// The shared database going away and coming back (issue 17), on PostgreSQL only: SQLite is a
// local file. A counter reaches the test server through a proxy the test can cut: calls then
// answer UNAVAILABLE in a sentence, and the change signal says "changed" (the page refetches and so
// shows the banner); once the proxy is back the same core answers again and the signal listens
// again (and says "changed": what happened meanwhile is unknown).
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { type ChangeWatcher, watchChanges } from '../../electron/main/core/service/changes';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';

// A TCP proxy on a thread of its own: the core's calls block this thread while they wait.
const PROXY = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const net = require('node:net');
let server = null;
const sockets = new Set();
function up(port) {
  server = net.createServer((client) => {
    const server = net.connect(workerData.target, '127.0.0.1');
    const both = [client, server];
    for (const s of both) {
      sockets.add(s);
      s.on('error', () => both.forEach((x) => x.destroy()));
      s.on('close', () => { both.forEach((x) => x.destroy()); sockets.delete(s); });
    }
    client.pipe(server);
    server.pipe(client);
  });
  server.listen(port, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
}
parentPort.on('message', (m) => {
  if (m.up !== undefined) return up(m.up);
  server.close();
  for (const s of sockets) s.destroy();
  sockets.clear();
  parentPort.postMessage({ down: true });
});
`;

function startProxy(target: number) {
  const worker = new Worker(PROXY, { eval: true, workerData: { target } });
  const answer = () => new Promise<{ port?: number }>((resolve) => worker.once('message', resolve));
  return {
    up: async (port = 0) => {
      const next = answer();
      worker.postMessage({ up: port });
      return (await next).port!;
    },
    down: async () => {
      const next = answer();
      worker.postMessage({ down: true });
      await next;
    },
    stop: () => worker.terminate(),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(onPostgres)('when the shared database cannot be reached', () => {
  let t: TempCore;
  let proxy: ReturnType<typeof startProxy>;
  let counter: Core;
  let watcher: ChangeWatcher;
  let heard = 0;

  beforeEach(async () => {
    t = tempCore();
    const direct = new URL(t.databasePath);
    proxy = startProxy(Number(direct.port));
    const port = await proxy.up();
    const viaProxy = new URL(direct);
    viaProxy.port = String(port);
    counter = openCore({ databasePath: viaProxy.toString(), version: 'test' });
    heard = 0;
    watcher = watchChanges({ databasePath: viaProxy.toString(), intervalMs: 200 }, () => (heard += 1));
    await sleep(500);
  });
  afterEach(async () => {
    await watcher.close();
    counter.close();
    await proxy.stop();
    t.cleanup();
  });

  it('answers UNAVAILABLE in a sentence, saves nothing half-way, and answers again once it is back', async () => {
    expect(await dispatch(counter.handlers, 'incidents.create', { whatHappened: 'Before the drop' })).toMatchObject({ ok: true });
    const port = Number(new URL(counter.databasePath).port);

    const beforeDrop = heard;
    await proxy.down();
    // The listener saw its connection go: "changed", so an open page refetches and learns it at once.
    for (let i = 0; i < 60 && heard === beforeDrop; i += 1) await sleep(50);
    expect(heard).toBeGreaterThan(beforeDrop);
    const unreachable = {
      ok: false,
      code: 'UNAVAILABLE',
      message: 'Makegood cannot reach the shared database. Check the network and the database server, then try again.',
    };
    expect(await dispatch(counter.handlers, 'incidents.create', { whatHappened: 'During the drop' })).toEqual(unreachable);
    expect(await dispatch(counter.handlers, 'app.info', {})).toEqual(unreachable);
    expect(await dispatch(counter.handlers, 'incidents.list', {})).toEqual(unreachable);

    await proxy.up(port);
    const before = heard;
    expect(await dispatch(counter.handlers, 'app.info', {})).toMatchObject({ ok: true });
    // The watcher listens again, and says "changed" once it does.
    for (let i = 0; i < 100 && heard === before; i += 1) await sleep(50);
    expect(heard).toBeGreaterThan(before);

    // Its LISTEN works again: another counter's save is heard.
    await sleep(300);
    const after = heard;
    await t.call('incidents.create', { whatHappened: 'After the drop' });
    for (let i = 0; i < 60 && heard === after; i += 1) await sleep(50);
    expect(heard).toBeGreaterThan(after);

    const list = await t.call('incidents.list', {});
    expect(list.items.map((r) => r.summary).sort()).toEqual(['After the drop', 'Before the drop']);
  });
});
