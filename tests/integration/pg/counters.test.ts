// Several counters on one log (issue 17): two processes, each with its own connection to the same
// data, start the same moment. Their writes are serialised (SQLite's BEGIN IMMEDIATE, PostgreSQL's
// advisory write lock: db/pg/pgDb.ts), so a check and its write see every commit before them.
// Runs on both engines: the file on SQLite, the test server's database on PostgreSQL.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/main/core/app';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { startBatch } from '../../../electron/main/core/domain/importBatches';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { onPostgres } from '../../support/pgTest';
import type { Result } from '../../../shared/result';
import { tempCore, type TempCore } from '../../support/core';

const COUNTER = resolve(import.meta.dirname, 'counter.ts');

let t: TempCore;
afterEach(() => t?.cleanup());

interface Counter {
  answers: Promise<Result<Record<string, unknown>>[]>;
  go(): void;
}

/** Starts a counter process making `times` calls of `channel`; resolves once it is ready to go. */
async function counter(name: string, channel: string, payload: Record<string, unknown>, times: number): Promise<Counter> {
  const file = join(t.dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ channel, payload, times }));
  const child = spawn(process.execPath, ['--import', 'tsx', COUNTER, t.databasePath, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const answers: Result<Record<string, unknown>>[] = [];
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  lines.on('line', (line) => (line === 'ready' ? ready() : answers.push(JSON.parse(line) as Result<Record<string, unknown>>)));
  await Promise.race([isReady, once(child, 'exit').then(() => Promise.reject(new Error(`${name} stopped before it was ready`)))]);
  return {
    answers: once(child, 'exit').then(([code]) => {
      if (code !== 0) throw new Error(`${name} exited with ${String(code)}`);
      return answers;
    }),
    go: () => child.stdin.end('go\n'),
  };
}

async function atOnce(...counters: Counter[]) {
  for (const c of counters) c.go();
  return Promise.all(counters.map((c) => c.answers));
}

describe('two counters saving at the same moment', () => {
  it('never give two incidents the same ref, and leave no gap', async () => {
    t = tempCore();
    await t.call('incidents.create', { whatHappened: 'Logged before the rush' });
    t.core.close();
    const times = 25;
    const [a, b] = await atOnce(
      await counter('a', 'incidents.create', { whatHappened: 'Till one' }, times),
      await counter('b', 'incidents.create', { whatHappened: 'Till two' }, times),
    );
    t.reopen(new Date('2026-10-15T12:05:00.000Z'));
    const refOf = (r: Result<Record<string, unknown>>) => (r.ok ? (r.value.incident as { ref: string }).ref : `refused: ${r.message}`);
    const refs = [...a!, ...b!].map(refOf);
    expect(new Set(refs).size).toBe(2 * times);
    expect(refs.map((r) => Number(r.slice(3))).sort((x, y) => x - y)).toEqual(Array.from({ length: 2 * times }, (_, i) => i + 2));
    // Both really ran at once: each one's refs are interleaved with the other's, not one block after the other.
    const numbers = (list: typeof a) => list!.map((r) => Number(refOf(r).slice(3)));
    expect(Math.max(...numbers(a)) > Math.min(...numbers(b)) && Math.max(...numbers(b)) > Math.min(...numbers(a))).toBe(true);
    expect(t.core.db.prepare('SELECT count(*) AS n FROM incidents').get()).toEqual({ n: 2 * times + 1 });
  }, 60_000);

  it('cannot both spend the last $20 of one person’s allowance', async () => {
    t = tempCore();
    const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 5000 })).id;
    const { incident } = await t.call('incidents.create', { whatHappened: 'Cold soup', occurredAt: '2026-10-15T09:00:00.000Z' });
    await t.call('compensations.add', { incidentId: incident.id, kind: 'refund', cost: 3000, givenById: sam, givenAt: '2026-10-15T10:00:00.000Z' });
    t.core.close();
    const spend = { incidentId: incident.id, kind: 'gift', cost: 2000, givenById: sam, givenAt: '2026-10-15T11:00:00.000Z' };
    const answers = (await atOnce(await counter('a', 'compensations.add', spend, 1), await counter('b', 'compensations.add', spend, 1))).flat();
    t.reopen(new Date('2026-10-15T12:05:00.000Z'));
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ ok: false, code: 'CONFLICT', message: 'Sam has $0.00 of $50.00 left this month; this entry is $20.00. Who approved it?' }),
    ]);
    const given = (await t.call('incidents.get', { id: incident.id })).compensations.map((c) => c.cost);
    expect(given.sort()).toEqual([2000, 3000]);
  }, 60_000);
});

describe('an edit made on a stale copy', () => {
  it('is refused with "changed on another counter: reload", and nothing is overwritten', async () => {
    t = tempCore();
    let now = new Date('2026-10-15T12:00:00.000Z');
    const other = openCore({ databasePath: t.databasePath, version: 'test', now: () => now });
    const tick = () => {
      now = new Date(now.getTime() + 1000);
      t.setNow(now);
    };
    try {
      const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
      const cause = (await t.call('rootCauses.create', { name: 'Soup kept too long', group: 'Process' })).id;
      const read = (await t.call('incidents.create', { whatHappened: 'Cold soup' })).incident;
      tick();
      // The other counter edits the incident this screen is showing.
      const theirs = await dispatch(other.handlers, 'incidents.update', { id: read.id, changes: { whatHappened: 'Cold soup, twice' }, updatedAt: read.updatedAt });
      expect(theirs.ok).toBe(true);
      tick();
      const stale = 'This incident was changed on another counter: reload to see it.';
      expect(await t.raw('incidents.update', { id: read.id, changes: { whatHappened: 'Cold soup again' }, updatedAt: read.updatedAt })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: stale,
        issues: [{ path: 'updatedAt', message: stale }],
      });
      expect(await t.raw('incidents.setStep', { id: read.id, step: 'heard', done: true, updatedAt: read.updatedAt })).toMatchObject({ ok: false, code: 'CONFLICT', message: stale });
      const kept = (await t.call('incidents.get', { id: read.id })).incident;
      expect(kept).toMatchObject({ whatHappened: 'Cold soup, twice', heardAt: null });
      // Reloaded, the same edit goes through.
      const saved = await t.call('incidents.update', { id: read.id, changes: { whatHappened: 'Cold soup again' }, updatedAt: kept.updatedAt });
      expect(saved.incident.whatHappened).toBe('Cold soup again');

      const entry = await t.call('compensations.add', { incidentId: read.id, kind: 'refund', cost: 500, givenById: sam });
      tick();
      expect((await dispatch(other.handlers, 'compensations.update', { id: entry.id, changes: { cost: 600 }, updatedAt: entry.updatedAt })).ok).toBe(true);
      tick();
      expect(await t.raw('compensations.update', { id: entry.id, changes: { cost: 700 }, updatedAt: entry.updatedAt })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: 'This compensation was changed on another counter: reload to see it.',
      });
      expect((await t.call('incidents.get', { id: read.id })).compensations.map((c) => c.cost)).toEqual([600]);

      const lesson = (await t.call('lessons.create', { title: 'Check the soup', incidentIds: [read.id] })).lesson;
      tick();
      expect((await dispatch(other.handlers, 'lessons.update', { id: lesson.id, changes: { rootCauseId: cause }, updatedAt: lesson.updatedAt })).ok).toBe(true);
      tick();
      expect(await t.raw('lessons.update', { id: lesson.id, changes: { title: 'Taste the soup' }, updatedAt: lesson.updatedAt })).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: 'This lesson was changed on another counter: reload to see it.',
      });
      expect((await t.call('lessons.get', { id: lesson.id })).lesson).toMatchObject({ title: 'Check the soup', rootCauseId: cause });
      // A caller that sends no updatedAt (the command line, a script) is not checked.
      expect((await t.call('lessons.update', { id: lesson.id, changes: { title: 'Taste the soup' } })).lesson.title).toBe('Taste the soup');
    } finally {
      other.close();
    }
  });
});

describe.runIf(onPostgres)('an import under way on another counter', () => {
  it('is left alone by a counter that opens meanwhile, and removed once its counter is gone', async () => {
    t = tempCore();
    const batch = startBatch(t.core.db, '2026-10-15T12:00:00.000Z');
    const openBatches = (db: { prepare: PgDb['prepare'] }) => db.prepare('SELECT id FROM import_batches WHERE finished_at IS NULL').pluck().all();
    // Another counter starts (another computer: its own process ids mean nothing for this import).
    const other = openCore({ databasePath: t.databasePath, version: 'test' });
    expect(openBatches(other.db)).toEqual([batch]);
    other.close();
    // The importing counter goes away mid-import (closed, killed, its computer switched off).
    const pid = t.core.db.prepare('SELECT pg_backend_pid()').pluck().get();
    t.core.close();
    const watch = new PgDb({ url: t.databasePath });
    try {
      for (let n = 0; n < 50 && watch.prepare('SELECT 1 FROM pg_stat_activity WHERE pid = ?').get(pid); n++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      watch.close();
    }
    t.core = openCore({ databasePath: t.databasePath, version: 'test' });
    expect(openBatches(t.core.db)).toEqual([]);
  });
});
