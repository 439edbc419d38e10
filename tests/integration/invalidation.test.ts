// The renderer refetches after a write exactly the queries shared/topics.ts says the write made
// stale. This checks that table against a real demo data file: each write channel writes once,
// through dispatch, and every read channel is asked before and after. A read whose answer changed
// while the table says that write leaves it alone would show stale numbers on a screen: a failure.
import { addHours } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Request } from '../../shared/contract';
import { CHANNEL_TOPICS, type ReadChannel, staleAfter, type WriteChannel } from '../../shared/topics';
import { generateDemo } from '../../electron/main/core/demo/generate';
import { onPostgres } from '../support/pgTest';
import { tempCore, type TempCore } from '../support/core';

const now = new Date(2026, 10, 20, 15, 0, 0);
const month = '2026-11';
const period = { from: '2025-11-21', to: '2026-11-20' };

let t: TempCore;
/** Rows the representative requests name, picked from the demo data. */
let the: {
  incident: number;
  unresolved: number;
  spare: number;
  customer: number;
  /** Another customer, whose erasure is only previewed: the one erased is gone after. */
  previewed: { id: number; phone: string };
  staff: number;
  approver: number;
  category: number;
  cause: number;
  otherCause: number;
  compensation: number;
  lesson: number;
  /** A voucher of the demo's, for its slip. */
  voucher: number;
  backup: string;
  previewFile: string;
  importFile: string;
};

beforeAll(async () => {
  t = tempCore(now);
  generateDemo(t.core.db, { incidents: 400, seed: 12, now });
  const one = <T>(sql: string, ...params: unknown[]) => t.core.db.prepare(sql).pluck().get(...params) as T;
  const monthStart = new Date(2026, 10, 1).toISOString();
  const incident = one<number>(
    `SELECT i.id FROM incidents i JOIN compensations k ON k.incident_id = i.id
     WHERE i.customer_id IS NOT NULL AND i.root_cause_id IS NOT NULL AND i.handled_by_id IS NOT NULL AND i.category_id IS NOT NULL
       AND k.given_at >= ? ORDER BY i.occurred_at DESC LIMIT 1`,
    monthStart,
  );
  const row = t.core.db.prepare('SELECT customer_id, handled_by_id, category_id, root_cause_id FROM incidents WHERE id = ?').get(incident) as Record<string, number>;
  the = {
    incident,
    unresolved: one('SELECT id FROM incidents WHERE resolved_at IS NULL AND id != ? ORDER BY occurred_at DESC LIMIT 1', incident),
    spare: one('SELECT id FROM incidents WHERE id != ? AND occurred_at >= ? ORDER BY occurred_at LIMIT 1', incident, monthStart),
    customer: row.customer_id!,
    previewed: t.core.db
      .prepare("SELECT id, phone FROM customers WHERE id != ? AND length(phone) >= 10 ORDER BY id LIMIT 1")
      .get(row.customer_id) as { id: number; phone: string },
    staff: row.handled_by_id!,
    approver: one('SELECT id FROM staff WHERE id != ? ORDER BY id LIMIT 1', row.handled_by_id),
    category: row.category_id!,
    cause: row.root_cause_id!,
    otherCause: one(
      `SELECT root_cause_id FROM incidents WHERE root_cause_id IS NOT NULL AND root_cause_id != ? AND occurred_at >= ?
       GROUP BY root_cause_id ORDER BY count(*) DESC LIMIT 1`,
      row.root_cause_id,
      monthStart,
    ),
    compensation: one('SELECT id FROM compensations WHERE incident_id = ? ORDER BY id LIMIT 1', incident),
    lesson: one('SELECT id FROM lessons WHERE root_cause_id IS NOT NULL ORDER BY id LIMIT 1'),
    voucher: one("SELECT id FROM compensations WHERE kind = 'voucher' AND deleted_at IS NULL ORDER BY id LIMIT 1"),
    backup: '',
    // Two staged copies: the import's own is removed once it is written, the preview's stays.
    previewFile: await t.stage(CSV),
    importFile: await t.stage(CSV),
  };
});
afterAll(() => t?.cleanup());

// A file to import that names a person, a category and a cause the writes below create, so its check changes.
const CSV = [
  'occurred_at,what_happened,category,root_cause,root_cause_group,handled_by,compensation_kind,compensation_cost,compensation_given_by,compensation_given_at',
  '2026-11-02T10:00,Soup was cold,Imported category,Imported cause,Process,Imported person,voucher,5.00,Imported person,2026-11-02T10:30',
].join('\n');

/** One representative request per read channel (a Record: a new read channel needs one here). */
const READS: { [C in ReadChannel]: () => Request<C> } = {
  'app.info': () => ({}),
  'database.where': () => ({}),
  'settings.get': () => ({}),
  'setup.status': () => ({}),
  'staff.list': () => ({}),
  'categories.list': () => ({}),
  'rootCauses.list': () => ({}),
  'rootCauses.usage': () => ({}),
  'incidents.get': () => ({ id: the.incident }),
  'incidents.list': () => ({ filter: {}, limit: 500 }),
  'incidents.home': () => ({}),
  // "e": a word of many incidents, and a letter of most lessons' titles and causes' names.
  'search.everywhere': () => ({ q: 'e', limit: 50 }),
  'followUps.message': () => ({ incidentId: the.incident }),
  'compensations.checkAllowance': () => ({ givenById: the.staff, cost: 1500 }),
  'compensations.month': () => ({ month }),
  'recentlyDeleted.list': () => ({}),
  'diagnose.queue': () => ({ limit: 500 }),
  'lessons.get': () => ({ id: the.lesson }),
  'lessons.list': () => ({ filter: {} }),
  'patterns.callouts': () => period,
  'patterns.pareto': () => period,
  'patterns.trend': () => period,
  'patterns.recovery': () => period,
  'patterns.recoveryByKind': () => period,
  'patterns.breakdowns': () => period,
  'patterns.repeatCustomers': () => period,
  'figures.month': () => ({ month }),
  'figures.transactions': () => ({ month }),
  'data.import': () => ({ file: the.previewFile, dryRun: true }),
  'data.exportFile': () => ({}),
  'data.backups': () => ({}),
  'customers.erase': () => ({ customerId: the.previewed.id, dryRun: true }),
  'customers.history': () => ({ incidentId: the.incident }),
  'customers.list': () => ({}),
  'customers.person': () => ({ id: the.previewed.id }),
  'drafts.get': () => ({ key: 'quick-log' }),
  // The compensation the writes make a voucher (compensations.update) and then redeem.
  'vouchers.find': () => ({ code: codeOf(the.compensation) ?? 'MGV-2222' }),
  'vouchers.slip': () => ({ id: the.voucher }),
  'vouchers.counts': () => period,
};

const codeOf = (id: number) => t.core.db.prepare('SELECT code FROM compensations WHERE id = ?').pluck().get(id) as string | null;

/**
 * One representative write per write channel, in this order (a Record: a new write channel needs
 * one here). A string says why a channel cannot write here; its table entry must then write nothing.
 */
const WRITES: { [C in WriteChannel]: (() => Request<C>) | string } = {
  'settings.update': () => ({ businessName: 'Renamed Bakery', currency: 'EUR', locale: 'en-GB' }),
  // The demo counts as set up by its staff; finishing still records when.
  'setup.finish': () => ({}),
  'staff.create': () => ({ name: 'Imported person', monthlyAllowance: 5000 }),
  'staff.update': () => ({ id: the.staff, name: 'Renamed person', monthlyAllowance: 1000 }),
  'categories.create': () => ({ name: 'Imported category' }),
  'categories.update': () => ({ id: the.category, name: 'Renamed category' }),
  'rootCauses.create': () => ({ name: 'Imported cause', group: 'Process' }),
  'rootCauses.update': () => ({ id: the.cause, name: 'Renamed cause' }),
  'rootCauses.merge': () => ({ fromId: the.otherCause, intoId: the.cause }),
  'incidents.create': () => ({
    whatHappened: 'Waited 40 minutes',
    occurredAt: addHours(now, -2).toISOString(),
    severity: 3,
    categoryId: the.category,
    handledById: the.staff,
    // The same phone as the previewed customer: the same person, so their erasure would touch it too.
    customer: { name: 'Pat Doe', phone: the.previewed.phone, email: '' },
  }),
  'incidents.update': () => ({ id: the.incident, changes: { severity: 4, rootCauseId: null, followUpDueAt: addHours(now, 3).toISOString() } }),
  'incidents.setStep': () => ({ id: the.unresolved, step: 'resolved', done: true }),
  'incidents.remove': () => ({ id: the.spare }),
  'incidents.restore': () => ({ id: the.spare }),
  'compensations.add': () => ({ incidentId: the.incident, kind: 'refund', cost: 2500, givenById: the.staff, approvedById: the.approver }),
  'compensations.update': () => ({ id: the.compensation, changes: { cost: 50, kind: 'voucher', approvedById: the.approver } }),
  'vouchers.redeem': () => ({ code: codeOf(the.compensation)! }),
  'vouchers.print': 'it prints through the host (Electron), which a test core has not; it changes no data',
  'compensations.remove': () => ({ id: the.compensation }),
  'compensations.restore': () => ({ id: the.compensation }),
  'lessons.create': () => ({ title: 'Check the soup', rootCauseId: the.cause, status: 'in_progress', incidentIds: [the.incident] }),
  'lessons.update': () => ({ id: the.lesson, changes: { status: 'done', title: 'Renamed lesson' } }),
  'lessons.link': () => ({ lessonId: the.lesson, incidentId: the.spare }),
  'lessons.unlink': () => ({ lessonId: the.lesson, incidentId: the.spare }),
  'figures.setTransactions': () => ({ month, count: 4321 }),
  'followUps.claimDue': 'it records which reminders were sent, which no screen reads (tests/integration/follow-up-reminders.test.ts)',
  'reports.exportPdf': 'it prints through the host (Electron or Chromium), which a test core has not; it changes no data',
  'data.chooseImportFile': 'it asks the host for a file (the dialog, or the page\'s upload); staging a copy changes no data',
  'data.import': () => ({ file: the.importFile }),
  'data.importProgress': 'it says how far an import has got; it changes no data',
  'database.test': 'it connects to another database to look (tests/integration/pg/shared-database-settings.test.ts); it changes no data here',
  'database.moveTo': 'it switches through the host (the app), which a test core has not; the app reloads its window after (tests/integration/pg/shared-database-settings.test.ts)',
  'database.connect': 'it switches through the host (the app), which a test core has not; the app reloads its window after',
  'database.useFile': 'it switches through the host (the app), which a test core has not; the app reloads its window after',
  'data.backup': () => ({}),
  'customers.erase': () => ({ customerId: the.customer }),
  'drafts.save': () => ({ key: 'quick-log', value: { whatHappened: 'Half typed' } }),
  'drafts.clear': () => ({ key: 'quick-log' }),
  // Last: it puts back the copy data.backup made, undoing every write since.
  'data.restore': () => ({ name: the.backup }),
};

const readChannels = Object.keys(READS) as ReadChannel[];

async function readAll(): Promise<Map<ReadChannel, string>> {
  const answers = new Map<ReadChannel, string>();
  for (const channel of readChannels) {
    const request = (READS[channel] as () => unknown)();
    answers.set(channel, JSON.stringify(await t.call(channel, request as never)));
  }
  return answers;
}

describe('the invalidation table', () => {
  it('covers every channel as a read, a write or both', () => {
    const both = (Object.keys(CHANNEL_TOPICS) as ChannelName[]).filter((c) => c in READS && c in WRITES);
    expect(both.sort()).toEqual(['customers.erase', 'data.import']);
  });

  it('says each write makes stale every read whose answer it changed', async () => {
    const missed: string[] = [];
    const unchanged: string[] = [];
    let before = await readAll();
    for (const [channel, make] of Object.entries(WRITES) as [WriteChannel, (() => unknown) | string][]) {
      // A backup and its restore are the SQLite file's; the shared database refuses both in a sentence
      // (backups are the server's job), so there they change nothing to check. The node project checks them.
      if (onPostgres && (channel === 'data.backup' || channel === 'data.restore')) continue;
      if (typeof make === 'string') {
        expect(CHANNEL_TOPICS[channel], `${channel} cannot be tried here (${make}), so it must write nothing`).toEqual({ writes: [] });
        continue;
      }
      const written = await t.call(channel, make() as never);
      if (channel === 'data.backup') the.backup = (written as { name: string }).name;
      const after = await readAll();
      const changed = readChannels.filter((read) => before.get(read) !== after.get(read));
      for (const read of changed) {
        if (!staleAfter(channel, read)) missed.push(`${channel} changed ${read}'s answer, but the table does not make ${read} stale after it`);
      }
      if (changed.length === 0) unchanged.push(channel);
      before = after;
    }
    expect(missed).toEqual([]);
    // A write that changed nothing here would make this test say nothing about it.
    expect(unchanged).toEqual([]);
  }, 120_000);
});
