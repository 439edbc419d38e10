// Issue 17: the same figures to the cent on both engines. One seeded shop is written through the
// channels into a SQLite file and into a PostgreSQL schema, then every figure channel is read from
// both and compared whole (toEqual: shares are full floats, so a rounding, an order or a NULL that
// sorts differently fails it). In New York, so months and days cross both DST changes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Request, Response } from '../../../shared/contract';
import { openCore, type Core } from '../../../electron/main/core/app';
import { isPostgres } from '../../../electron/main/core/db/engine';
import { stageCopy } from '../../../electron/main/core/data/staging';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { AppError } from '../../../shared/result';
import { tempCore, type TempCore } from '../../support/core';
import { onPostgres } from '../../support/pgTest';
import { inZone } from '../../support/zone';
import { SHOP_END, SHOP_START, writeLessons, writeShop, writeTies, type Caller } from '../../support/seededShop';

inZone('America/New_York');

/** A SQLite core on a temp file, beside the PostgreSQL one that tempCore() gives in this project. */
function sqliteCore(): Caller & { core: Core; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-engines-'));
  let now = SHOP_START;
  const refuse = async (): Promise<never> => {
    throw new AppError('CONFLICT', 'Not in this test.');
  };
  const databasePath = join(dir, 'makegood.sqlite');
  const core = openCore({
    databasePath,
    version: 'test',
    now: () => now,
    host: { exportReportPdf: refuse, chooseExportTarget: refuse, chooseImportSource: async () => null },
    purgeDeleted: true,
  });
  const call = async <C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C>> => {
    const result = await dispatch(core.handlers, channel, request);
    if (!result.ok) throw new Error(`sqlite ${channel} failed: ${result.code} ${result.message}`);
    return result.value as Response<C>;
  };
  return {
    core,
    setNow: (at) => {
      now = at;
    },
    call,
    importCsv: async (csv) => {
      const path = join(dir, 'import.csv');
      writeFileSync(path, csv);
      const { file } = await stageCopy(databasePath, path);
      return call('data.import', { file, mapping: {}, dryRun: false, skipBadRows: false });
    },
    close: () => {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const MONTHS = ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
const PERIODS = [
  ...MONTHS.map((m) => ({ from: `${m}-01`, to: `${m}-${new Date(Number(m.slice(0, 4)), Number(m.slice(5)), 0).getDate()}` })),
  { from: '2026-03-08', to: '2026-03-08' }, // 23 hours
  { from: '2026-11-01', to: '2026-11-01' }, // 25 hours
  { from: '2026-07-01', to: '2026-09-30' }, // 92 days: by week
  { from: '2026-06-15', to: '2026-10-14' }, // past 92 days: by month
  { from: '2026-03-01', to: '2026-11-20' }, // the whole shop
  { from: '2026-10-15', to: '2026-11-05' },
];
const PATTERNS = [
  'patterns.callouts',
  'patterns.pareto',
  'patterns.trend',
  'patterns.recovery',
  'patterns.recoveryByKind',
  'patterns.breakdowns',
  'patterns.repeatCustomers',
  'vouchers.counts',
] as const;

let sqlite: ReturnType<typeof sqliteCore>;
let pg: TempCore;
let wrote: Awaited<ReturnType<typeof writeShop>>;
let lessons: { sqlite: number[]; pg: number[] };

// Runs in the postgres project: there tempCore() is a PostgreSQL core (in the node project it would compare SQLite with itself).
// Each case reads dozens of aggregates from both engines; on a busy machine that takes seconds.
describe.skipIf(!onPostgres)('the same shop on SQLite and on PostgreSQL', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    sqlite = sqliteCore();
    pg = tempCore(SHOP_START);
    const onPg: Caller = {
      call: pg.call,
      setNow: pg.setNow,
      importCsv: async (csv) => pg.call('data.import', await pg.staged({ csv, mapping: {}, dryRun: false, skipBadRows: false })),
    };
    const shop = { seed: 1717, incidents: 900 };
    wrote = await writeShop(sqlite, shop);
    const again = await writeShop(onPg, shop);
    expect(again).toEqual(wrote);
    await writeTies(sqlite, wrote.causes, wrote.staff);
    await writeTies(onPg, again.causes, again.staff);
    lessons = {
      sqlite: await writeLessons(sqlite, wrote.causes, wrote.staff[0]!),
      pg: await writeLessons(onPg, again.causes, again.staff[0]!),
    };
  }, 600_000);
  afterAll(() => {
    sqlite?.close();
    pg?.cleanup();
  });

  it('holds a shop with something in every figure, on the two engines it means to compare', async () => {
    expect(isPostgres(pg.core.db)).toBe(true);
    expect(isPostgres(sqlite.core.db)).toBe(false);
    expect(wrote).toMatchObject({ incidents: 900 });
    for (const key of ['overAllowance', 'resolved', 'scored', 'vouchers', 'redeemed', 'removed', 'entriesRemoved', 'followUps'] as const) {
      expect(wrote[key], key).toBeGreaterThan(5);
    }
    const october = await pg.call('figures.month', { month: '2026-10' });
    expect(october.median_minutes_to_resolve).not.toBeNull();
    expect(october.follow_ups_kept_share).toBeGreaterThan(0);
    expect(october.follow_ups_kept_share).toBeLessThan(1);
    expect(october.vouchers_redeemed).toBeGreaterThan(0);
    expect(october.nps_lift).not.toBeNull();
    expect(october.repeat_customers).toBeGreaterThan(0);
    expect(october.per_1000_transactions).not.toBeNull();
    expect(october.recurring.length).toBeGreaterThan(0);
    const unapproved = await Promise.all(['2026-04', '2026-06', '2026-08'].map((month) => pg.call('figures.month', { month })));
    expect(unapproved.map((m) => m.compensation_over_allowance_unapproved)).not.toEqual([0, 0, 0]);
    expect(october.rising.length).toBeGreaterThan(0);
    expect(Object.keys(october.compensation_by_kind).length).toBeGreaterThan(3);
    const measured = await Promise.all(lessons.pg.map((id) => pg.call('lessons.get', { id })));
    expect(new Set(measured.map((l) => l.effectiveness.state))).toEqual(new Set(['measured', 'too_early', 'not_done']));
  });

  it('gives every month the same figures, to the cent and the order', async () => {
    for (const month of MONTHS) {
      expect(await pg.call('figures.month', { month }), month).toEqual(await sqlite.call('figures.month', { month }));
    }
  });

  it('gives every Patterns aggregate, the voucher counts and repeat customers the same for every period', async () => {
    for (const period of PERIODS) {
      for (const channel of PATTERNS) {
        expect(await pg.call(channel, period), `${channel} ${period.from}..${period.to}`).toEqual(await sqlite.call(channel, period));
      }
    }
  });

  it('gives the compensation tracker the same month, entries and people in the same order', async () => {
    for (const month of MONTHS) {
      expect(await pg.call('compensations.month', { month }), month).toEqual(await sqlite.call('compensations.month', { month }));
    }
  });

  it('measures every lesson the same, and lists them in the same order', async () => {
    expect(lessons.pg).toEqual(lessons.sqlite);
    for (const id of lessons.pg) {
      expect(await pg.call('lessons.get', { id }), `lesson ${id}`).toEqual(await sqlite.call('lessons.get', { id }));
    }
    expect(await pg.call('lessons.list', { filter: {} })).toEqual(await sqlite.call('lessons.list', { filter: {} }));
    expect(await pg.call('lessons.list', { filter: { q: 'FIX' } })).toEqual(await sqlite.call('lessons.list', { filter: { q: 'FIX' } }));
  });

  it('reads the lists and the deleted items the same', async () => {
    for (const channel of ['staff.list', 'rootCauses.list', 'rootCauses.usage', 'categories.list', 'recentlyDeleted.list'] as const) {
      expect(await pg.call(channel, {}), channel).toEqual(await sqlite.call(channel, {}));
    }
  });

  it('still agrees at the end of the shop’s last day, with follow-ups overdue by then', async () => {
    pg.setNow(SHOP_END);
    sqlite.setNow(SHOP_END);
    const november = await pg.call('figures.month', { month: '2026-11' });
    expect(november.overdue_follow_ups).toBeGreaterThan(0);
    expect(november).toEqual(await sqlite.call('figures.month', { month: '2026-11' }));
  });
});
