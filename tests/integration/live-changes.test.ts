// Several counters at once (issue 17): another counter's save reaches this one's host within a
// few seconds. SQLite: the file's data_version, on a connection of the watcher's own. PostgreSQL:
// LISTEN, and every write transaction NOTIFYs at its commit (never on a rollback).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/main/core/app';
import { clearDraft, saveDraft } from '../../electron/main/core/domain/drafts';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { type ChangeWatcher, watchChanges } from '../../electron/main/core/service/changes';
import { tempCore, type TempCore } from '../support/core';
import { onPostgres } from '../support/pgTest';

let t: TempCore;
let other: Core;
let watcher: ChangeWatcher | null = null;
let heard: number[];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once the watcher has said "changed" `count` times in all; fails after `withinMs`. */
async function heardWithin(count: number, withinMs: number): Promise<number> {
  const started = Date.now();
  while (heard.length < count) {
    if (Date.now() - started > withinMs) throw new Error(`heard ${heard.length} change(s) of ${count} in ${withinMs} ms`);
    await sleep(20);
  }
  return heard[count - 1]! - started;
}

/** The watcher is listening once a change made now is heard: LISTEN is asynchronous on PostgreSQL. */
async function watch(): Promise<void> {
  heard = [];
  watcher = watchChanges({ databasePath: t.databasePath, intervalMs: 100 }, () => heard.push(Date.now()));
  // A quiet moment first: nothing written, nothing heard.
  await sleep(500);
  expect(heard).toEqual([]);
}

beforeEach(() => {
  t = tempCore();
  // A second counter on the same data: its own core, its own connection.
  other = openCore({ databasePath: t.databasePath, version: 'test' });
});
afterEach(async () => {
  await watcher?.close();
  watcher = null;
  other.close();
  t.cleanup();
});

describe(`the change signal (${onPostgres ? 'PostgreSQL LISTEN/NOTIFY' : 'SQLite data_version'})`, () => {
  it("hears another counter's save within a few seconds, once per save", async () => {
    await watch();
    const saved = await dispatch(other.handlers, 'incidents.create', { whatHappened: 'Latte was cold' });
    expect(saved.ok).toBe(true);
    expect(await heardWithin(1, 3000)).toBeLessThan(3000);
    await sleep(400);
    expect(heard).toHaveLength(1);

    // And this counter's own saves too: its page refetches what they changed as well.
    await t.call('incidents.create', { whatHappened: 'Soup was salty' });
    await heardWithin(2, 3000);
  });

  it('says nothing of a write that rolled back, nor of reads', async () => {
    await watch();
    expect(() =>
      other.db.transaction(() => {
        saveDraft(other.db, 'quick-log', { whatHappened: 'half typed' }, new Date().toISOString());
        throw new Error('the form changed its mind');
      })(),
    ).toThrow('the form changed its mind');
    await dispatch(other.handlers, 'incidents.list', {});
    await dispatch(other.handlers, 'incidents.home', {});
    await sleep(700);
    expect(heard).toEqual([]);

    other.db.transaction(() => clearDraft(other.db, 'nothing-there'))();
    other.db.transaction(() => saveDraft(other.db, 'quick-log', { whatHappened: 'typed' }, new Date().toISOString()))();
    await heardWithin(1, 3000);
  });

  it.runIf(onPostgres)('hears only its own shop: a save in another schema of the same database is not this one’s', async () => {
    await watch();
    const elsewhere = tempCore();
    try {
      await elsewhere.call('incidents.create', { whatHappened: 'Another shop’s muffin' });
      await sleep(700);
      expect(heard).toEqual([]);
    } finally {
      elsewhere.cleanup();
    }
  });
});
