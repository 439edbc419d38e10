// The core off the caller's thread (core/service): a writer and a read-only reader in worker threads,
// as `serve` and the app's utility process run them. Uses the built worker (out/main/core-worker.js).
import fc from 'fast-check';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core/app';
import { exportCsv } from '../../electron/main/core/data/export';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import type { CoreBackend } from '../../electron/main/core/service/backend';
import { isReadOnlyChannel, startCoreService } from '../../electron/main/core/service/service';
import { stageCopy } from '../../electron/main/core/data/staging';
import { contract } from '../../shared/contract';
import { payloadFor } from '../support/hostile';
import { expectCleanCall } from '../support/invariants';
import { tempCore, type TempCore } from '../support/core';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const workerFile = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'core-worker.js');
const READ_CHANNELS = Object.keys(contract).filter(isReadOnlyChannel);

let t: TempCore;
let csv: string;
beforeAll(() => {
  if (!existsSync(workerFile)) throw new Error('Run `npm run build` first: this test starts the built core worker.');
  t = tempCore(NOW);
  generateDemo(t.core.db, { incidents: 3000, seed: 5, now: NOW });
  csv = exportCsv(t.core.db, {}).csv;
});
afterAll(() => t.cleanup());

describe('the reader: every channel that only reads works on a read-only connection', () => {
  it('is most channels, and none that writes', () => {
    expect(READ_CHANNELS.length).toBeGreaterThan(25);
    for (const c of ['incidents.create', 'data.import', 'data.restore', 'customers.erase', 'drafts.save', 'data.backup']) expect(isReadOnlyChannel(c)).toBe(false);
    expect(isReadOnlyChannel('nope.nothing')).toBe(false);
  });

  it('answers each of them without trying to write (a write would fail as INTERNAL)', async () => {
    const reader = openCore({ databasePath: t.databasePath, version: 'test', readonly: true, now: () => NOW });
    try {
      for (const channel of READ_CHANNELS) {
        await expectCleanCall(reader.db, channel, () => dispatch(reader.handlers, channel, {}));
        await fc.assert(
          fc.asyncProperty(payloadFor(contract[channel as keyof typeof contract].request), async (payload) => {
            await expectCleanCall(reader.db, channel, () => dispatch(reader.handlers, channel, payload));
          }),
          { numRuns: 15 },
        );
      }
    } finally {
      reader.close();
    }
  }, 60_000);
});

describe('the service in worker threads', () => {
  let service: CoreBackend;
  let dir: TempCore;
  beforeAll(async () => {
    dir = tempCore(NOW);
    dir.core.close();
    service = await startCoreService({ open: { databasePath: dir.databasePath, version: 'test' }, workerFile });
  });
  afterAll(async () => {
    await service.close();
    dir.cleanup();
  });

  it('keeps answering reads while the writer imports thousands of rows (into the empty file: refs kept)', async () => {
    let importing = true;
    const staged = join(dir.dir, 'to-import.csv');
    writeFileSync(staged, csv);
    const { file } = await stageCopy(dir.databasePath, staged);
    const imported = service.call('data.import', { file }).finally(() => {
      importing = false;
    });
    let answeredDuring = 0;
    while (importing) {
      const home = await service.call('incidents.home', {});
      expect(home.ok).toBe(true);
      if (importing) answeredDuring += 1;
      await new Promise((r) => setTimeout(r, 5));
    }
    const result = await imported;
    expect(result, JSON.stringify((result as { value?: { problems?: unknown } }).value?.problems ?? result).slice(0, 400)).toMatchObject({ ok: true, value: { written: true } });
    // On one thread the reads would all wait for the import to end.
    expect(answeredDuring).toBeGreaterThan(3);
  }, 60_000);

  it('reads what was just written: the reader sees each commit of the writer at once', async () => {
    for (let i = 0; i < 25; i++) {
      const made = await service.call('incidents.create', { whatHappened: `Seen at once ${i}` });
      if (!made.ok) throw new Error(made.message);
      const id = (made.value as { incident: { id: number } }).incident.id;
      const got = await service.call('incidents.get', { id });
      expect(got, `incident ${id}`).toMatchObject({ ok: true });
    }
  });

  it('streams an export in pieces that add up to the whole file', async () => {
    const pieces: string[] = [];
    const stream = service.stream('export.csv', {});
    for (let step = await stream.next(); !step.done; step = await stream.next()) pieces.push(step.value);
    const direct = openCore({ databasePath: dir.databasePath, version: 'test', readonly: true });
    try {
      expect(pieces.join('')).toBe(exportCsv(direct.db, {}).csv);
    } finally {
      direct.close();
    }
  });

  it('answers an unknown channel and a bad payload as the core in this thread would', async () => {
    expect(await service.call('nope.nothing', {})).toMatchObject({ ok: false, code: 'UNKNOWN_CHANNEL' });
    expect(await service.call('incidents.get', { id: 'x' })).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});

it('refuses a file that is not Makegood’s with the sentence the app shows, and leaves no thread behind', async () => {
  const bad = join(t.dir, 'not-a-database.sqlite');
  writeFileSync(bad, 'this is a shopping list, not a database'.repeat(200));
  await expect(startCoreService({ open: { databasePath: bad, version: 'test' }, workerFile })).rejects.toThrow(/is not a Makegood database, or it is damaged/);
});

it('Export CSV through the service: the reader asks the host where, across the boundary, and writes the file itself', async () => {
  const chosen: string[] = [];
  let answer = join(t.dir, 'chosen.csv');
  const service = await startCoreService({
    open: { databasePath: t.databasePath, version: 'test' },
    workerFile,
    host: {
      exportReportPdf: async () => ({ savedTo: null, downloadUrl: null }),
      chooseImportSource: async () => null,
      chooseExportTarget: async (suggestedName) => {
        chosen.push(suggestedName);
        return { path: answer };
      },
    },
  });
  try {
    const saved = await service.call('data.exportFile', {});
    expect(saved).toMatchObject({ ok: true, value: { outcome: 'saved', savedTo: answer } });
    expect(chosen).toEqual([expect.stringMatching(/^makegood-export-\d{4}-\d{2}-\d{2}\.csv$/)]);
    expect(readFileSync(answer, 'utf8')).toBe(csv);

    answer = join(t.dir, 'no-such-folder', 'chosen.csv');
    expect(await service.call('data.exportFile', {})).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringMatching(/that folder does not exist/) });
  } finally {
    await service.close();
  }
});
