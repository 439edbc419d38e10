// The service that `serve` and the app's utility process run (core/service) watches the data once
// open: another counter's save reaches its host's onChange within a few seconds, on either engine.
// Uses the built worker (out/main/core-worker.js).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { startCoreService } from '../../electron/main/core/service/service';
import { tempCore, type TempCore } from '../support/core';

const workerFile = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'core-worker.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let t: TempCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

it('tells its host when another counter saves, and stops when it closes', async () => {
  if (!existsSync(workerFile)) throw new Error('Run `npm run build` first: this test starts the built core worker.');
  t = tempCore();
  let heard = 0;
  const service = await startCoreService({ open: { databasePath: t.databasePath, version: 'test' }, workerFile, onChange: () => (heard += 1) });
  const other = openCore({ databasePath: t.databasePath, version: 'test' });
  try {
    await sleep(500);
    expect(heard).toBe(0);
    expect(await dispatch(other.handlers, 'incidents.create', { whatHappened: 'Tea was weak' })).toMatchObject({ ok: true });
    for (let i = 0; i < 150 && heard === 0; i += 1) await sleep(20);
    expect(heard).toBe(1);

    // Its own writes too (the page refetches what they changed): through the service's writer.
    expect(await service.call('incidents.create', { whatHappened: 'Bagel was burnt' })).toMatchObject({ ok: true });
    for (let i = 0; i < 150 && heard === 1; i += 1) await sleep(20);
    expect(heard).toBe(2);
  } finally {
    await service.close();
  }
  await dispatch(other.handlers, 'incidents.create', { whatHappened: 'After it closed' });
  await sleep(1500);
  expect(heard).toBe(2);
  other.close();
});
