// Random sequences of what a shop does to its file — app edits, imports, backups restored, customers
// erased — through dispatch, with the invariants of docs/domain.md checked as queries after every
// step. Whatever the order, and whether each step is accepted or refused:
//   - no closed (or diagnosed) incident without a root cause;
//   - no live compensation given before its incident (less the clock grace);
//   - every row of the search index matches its live incident, and every live incident has one;
//   - each person's spend in a month, as the tracker shows it, equals the sum of their entries;
//   - every answer is a value or a sentence, never an internal error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPENSATION_KINDS, STEP_NAMES } from '../../shared/domain';
import type { Db } from '../../electron/main/core/db/open';
import { bySql, isPostgres } from '../../electron/main/core/db/engine';
import { monthOf } from '../../electron/main/core/figures/period';
import { tempCores, type TempCore } from '../support/core';
import { expectReadableResult } from '../support/invariants';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const newCore = tempCores(NOW);

const at = (hoursBeforeNow: number) => new Date(+NOW - hoursBeforeNow * 3_600_000).toISOString();

type Action =
  | { kind: 'create'; text: string; hoursAgo: number; customer: number | null }
  | { kind: 'cause'; pick: number; cause: number | null }
  | { kind: 'move'; pick: number; hoursAgo: number }
  | { kind: 'step'; pick: number; step: (typeof STEP_NAMES)[number]; done: boolean }
  | { kind: 'give'; pick: number; giver: number; cost: number; hoursAfter: number; approved: boolean; what: number }
  | { kind: 'redate'; pick: number; hoursAfter: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'restoreEntry'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'undelete'; pick: number }
  | { kind: 'import'; rows: { hoursAgo: number; cause: boolean; cost: number | null; hoursAfter: number; giver: number }[] }
  | { kind: 'backupAndRestore'; editBetween: boolean }
  | { kind: 'erase'; pick: number }
  | { kind: 'merge'; from: number; into: number };

const CUSTOMERS = [
  { name: 'Dana Smith', phone: '+1 (555) 867-5309', email: 'dana@example.com' },
  { name: 'D. Smith', phone: '(555) 867-5309', email: '' },
  { name: 'Ravi Patel', phone: '', email: 'ravi@example.com' },
];

const pick = fc.nat({ max: 40 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('create' as const), text: fc.constantFrom('Cold latte', 'Wrong size', 'Waited 20 minutes', 'Smith was charged twice'), hoursAgo: fc.integer({ min: 1, max: 900 }), customer: fc.option(fc.nat({ max: 2 }), { nil: null }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cause' as const), pick, cause: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), pick, hoursAgo: fc.integer({ min: 1, max: 900 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('step' as const), pick, step: fc.constantFrom(...STEP_NAMES), done: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('give' as const), pick, giver: fc.nat({ max: 2 }), cost: fc.integer({ min: 0, max: 40_000 }), hoursAfter: fc.integer({ min: -3, max: 200 }), approved: fc.boolean(), what: fc.nat({ max: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('redate' as const), pick, hoursAfter: fc.integer({ min: -50, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restoreEntry' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('undelete' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.array(fc.record({ hoursAgo: fc.integer({ min: 30, max: 900 }), cause: fc.boolean(), cost: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: null }), hoursAfter: fc.integer({ min: -24, max: 24 }), giver: fc.nat({ max: 3 }) }), { minLength: 1, maxLength: 6 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('backupAndRestore' as const), editBetween: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const), from: fc.integer({ min: 1, max: 5 }), into: fc.integer({ min: 1, max: 5 }) }) },
);

const ids = (db: Db, sql: string) => db.prepare(sql).pluck().all() as number[];
const choose = <T,>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const money = (minor: number) => (minor / 100).toFixed(2);
const localCsvTime = (iso: string) => {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
};

async function perform(t: TempCore, staff: number[], a: Action): Promise<unknown> {
  const db = t.core.db;
  const live = ids(db, 'SELECT id FROM incidents WHERE deleted_at IS NULL ORDER BY id');
  const incident = 'pick' in a ? choose(live, a.pick) : undefined;
  switch (a.kind) {
    case 'create':
      return t.raw('incidents.create', { whatHappened: a.text, occurredAt: at(a.hoursAgo), customer: a.customer === null ? null : CUSTOMERS[a.customer] });
    case 'cause':
      return incident && t.raw('incidents.update', { id: incident, changes: { rootCauseId: a.cause } });
    case 'move':
      return incident && t.raw('incidents.update', { id: incident, changes: { occurredAt: at(a.hoursAgo) } });
    case 'step':
      return incident && t.raw('incidents.setStep', { id: incident, step: a.step, done: a.done });
    case 'give': {
      if (!incident) return undefined;
      const occurred = db.prepare('SELECT occurred_at FROM incidents WHERE id = ?').pluck().get(incident) as string;
      const givenAt = new Date(Math.min(+new Date(occurred) + a.hoursAfter * 3_600_000, +NOW)).toISOString();
      const giver = staff[a.giver]!;
      const approver = staff[(a.giver + 1) % staff.length]!;
      return t.raw('compensations.add', { incidentId: incident, kind: COMPENSATION_KINDS[a.what]!, cost: a.cost, givenById: giver, givenAt, approvedById: a.approved ? approver : null });
    }
    case 'redate': {
      const entry = choose(ids(db, 'SELECT id FROM compensations WHERE deleted_at IS NULL ORDER BY id'), a.pick);
      if (!entry) return undefined;
      const given = db.prepare('SELECT given_at FROM compensations WHERE id = ?').pluck().get(entry) as string;
      const givenAt = new Date(Math.min(+new Date(given) + a.hoursAfter * 3_600_000, +NOW)).toISOString();
      return t.raw('compensations.update', { id: entry, changes: { givenAt } });
    }
    case 'remove': {
      const entry = choose(ids(db, 'SELECT id FROM compensations WHERE deleted_at IS NULL ORDER BY id'), a.pick);
      return entry && t.raw('compensations.remove', { id: entry });
    }
    case 'restoreEntry': {
      const entry = choose(ids(db, 'SELECT id FROM compensations WHERE deleted_at IS NOT NULL ORDER BY id'), a.pick);
      return entry && t.raw('compensations.restore', { id: entry });
    }
    case 'delete':
      return incident && t.raw('incidents.remove', { id: incident });
    case 'undelete': {
      const gone = choose(ids(db, 'SELECT id FROM incidents WHERE deleted_at IS NOT NULL ORDER BY id'), a.pick);
      return gone && t.raw('incidents.restore', { id: gone });
    }
    case 'import': {
      const givers = ['Sam', 'Lee', 'Kim', 'New Person'];
      const lines = ['occurred_at,what_happened,resolved_at,root_cause,compensation_kind,compensation_cost,compensation_given_by,compensation_given_at'];
      for (const r of a.rows) {
        const occurred = at(r.hoursAgo);
        const given = new Date(+new Date(occurred) + r.hoursAfter * 3_600_000).toISOString();
        const comp = r.cost === null ? ',,,' : `refund,${money(r.cost)},${givers[r.giver]},${localCsvTime(given)}`;
        lines.push(`${localCsvTime(occurred)},Imported from the paper log,${localCsvTime(at(r.hoursAgo - 1))},${r.cause ? 'Training gap' : ''},${comp}`);
      }
      return t.raw('data.import', await t.staged({ csv: lines.join('\n'), mapping: {}, dryRun: false, skipBadRows: true, }));
    }
    case 'backupAndRestore': {
      const made = (await t.raw('data.backup', {})) as { ok: boolean; value?: { name: string } };
      if (!made.ok || !made.value) return made;
      if (a.editBetween) await t.raw('incidents.create', { whatHappened: 'Logged between the backup and the restore' });
      return t.raw('data.restore', { name: made.value.name });
    }
    case 'erase': {
      const customer = choose(ids(db, 'SELECT id FROM customers ORDER BY id'), a.pick);
      return customer && t.raw('customers.erase', { customerId: customer, dryRun: false });
    }
    case 'merge':
      return t.raw('rootCauses.merge', { fromId: a.from, intoId: a.into });
  }
}

async function expectInvariants(t: TempCore, where: string) {
  const db = t.core.db;
  expect(ids(db, "SELECT id FROM incidents WHERE (status = 'closed' OR diagnosed_at IS NOT NULL) AND root_cause_id IS NULL"), `${where}: diagnosed or closed without a root cause`).toEqual([]);
  expect(
    ids(db, `SELECT c.id FROM compensations c JOIN incidents i ON i.id = c.incident_id
             WHERE c.deleted_at IS NULL AND c.given_at < ${bySql(db, { sqlite: "strftime('%Y-%m-%dT%H:%M:%fZ', i.occurred_at, '-5 minutes')", postgres: 'makegood_minus_grace(i.occurred_at)' })}`),
    `${where}: a live compensation before its incident`,
  ).toEqual([]);
  if (isPostgres(db)) {
    // The shared database keeps words, not the texts: each live incident's are its text's, and only theirs.
    const differ = ids(db, `SELECT i.id FROM incidents i LEFT JOIN incidents_fts f ON f.id = i.id
                            WHERE i.deleted_at IS NULL AND (f.id IS NULL OR f.words <> makegood_incident_words(i))
                            UNION ALL SELECT f.id FROM incidents_fts f JOIN incidents i ON i.id = f.id WHERE i.deleted_at IS NOT NULL`);
    expect(differ, `${where}: the search index differs from the incidents`).toEqual([]);
  } else {
    expectSearchRowsMatch(db, where);
  }
  await expectMonthsAddUp(t, where);
}

function expectSearchRowsMatch(db: Db, where: string) {
  const fts = db.prepare('SELECT rowid AS id, ref, what_happened, customer, internal_note FROM incidents_fts ORDER BY rowid').all();
  const incidents = db
    .prepare(
      `SELECT i.id, i.ref, i.what_happened, (SELECT concat_ws(' ', c.name, c.phone, c.email, c.note) FROM customers c WHERE c.id = i.customer_id) AS customer,
              i.internal_note FROM incidents i WHERE i.deleted_at IS NULL ORDER BY i.id`,
    )
    .all();
  expect(fts, `${where}: the search index differs from the incidents`).toEqual(incidents);
}

async function expectMonthsAddUp(t: TempCore, where: string) {
  const db = t.core.db;
  const months = db.prepare("SELECT DISTINCT given_at FROM compensations WHERE deleted_at IS NULL").pluck().all() as string[];
  for (const month of new Set(months.map((g) => monthOf(g)))) {
    const shown = await t.call('compensations.month', { month });
    const sums = new Map<number, number>();
    for (const row of db.prepare('SELECT given_by_id, given_at, cost FROM compensations WHERE deleted_at IS NULL AND given_by_id IS NOT NULL').all() as { given_by_id: number; given_at: string; cost: number }[]) {
      if (monthOf(row.given_at) === month) sums.set(row.given_by_id, (sums.get(row.given_by_id) ?? 0) + row.cost);
    }
    for (const person of shown.byStaff) expect(person.spent, `${where}: ${person.name}'s spend in ${month}`).toBe(sums.get(person.staffId) ?? 0);
    const all = (db.prepare('SELECT given_at, cost FROM compensations WHERE deleted_at IS NULL').all() as { given_at: string; cost: number }[])
      .filter((r) => monthOf(r.given_at) === month)
      .reduce((sum, r) => sum + r.cost, 0);
    expect(shown.total, `${where}: the month's total`).toBe(all);
  }
}

describe('the file keeps its invariants under any sequence of edits, imports, restores and erasures', () => {
  it('after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), async (actions) => {
        const t = newCore();
        const staff = [
          (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 20_000 })).id,
          (await t.call('staff.create', { name: 'Lee', monthlyAllowance: 0 })).id,
          (await t.call('staff.create', { name: 'Kim', monthlyAllowance: 100_000 })).id,
        ];
        for (const [n, a] of actions.entries()) {
          const result = await perform(t, staff, a);
          const where = `step ${n + 1} (${a.kind})`;
          if (result !== undefined) expectReadableResult(result, where);
          await expectInvariants(t, where);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
