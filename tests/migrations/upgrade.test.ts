// A file made by any earlier Makegood opens in this one: for every version a file can be at, and
// every way migration 0001 ran in past builds (tests/migrations/history), a file is built with the
// migrations of its time and filled with every value its schema allowed. Opened now, it must have
// exactly the schema of a new file (schema.sql), keep every row, and accept every value the
// contract allows today, through the app's own handlers.
import type Database from 'better-sqlite3';
import { connect } from '../../electron/main/core/db/connect';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/main/core/app';
import { stageCopy } from '../../electron/main/core/data/staging';
import { runMigration } from '../../electron/main/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/main/core/db/migrations';
import type { Migration } from '../../electron/main/core/db/migrations/types';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import type { ChannelName, Request, Response } from '../../shared/contract';
import { CAUSE_GROUPS, CHANNELS, COMPENSATION_KINDS, LESSON_STATUSES, OUTCOMES, STEP_NAMES } from '../../shared/domain';
import { schemaText } from '../support/schema';
import { sqliteOnly } from '../../electron/main/core/db/engine';

const here = import.meta.dirname;
const snapshot = readFileSync(join(here, 'schema.sql'), 'utf8');
const history = join(here, 'history');

/** Each way 0001 ran: as it stands (frozen since commit b956e74), and the earlier texts of it that builds before ran. */
const VARIANTS: { name: string; run: (db: Database.Database) => void }[] = [
  { name: '0001 as it stands', run: (db) => runMigration(db, MIGRATIONS[0]!) },
  ...readdirSync(history)
    .filter((f) => f.startsWith('0001-') && f.endsWith('.sql'))
    .map((f) => ({ name: `0001 as of ${f.split('.')[1]}`, run: (db: Database.Database) => db.exec(readFileSync(join(history, f), 'utf8')) })),
];

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A file at `version` as a build of that time made it: `first` in place of 0001, then the migrations up to `version`. */
function buildAt(version: number, first: (db: Database.Database) => void, migrations: readonly Migration[] = MIGRATIONS): string {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-upgrade-'));
  dirs.push(dir);
  const path = join(dir, 'makegood.sqlite');
  const db = connect(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    first(db);
    for (const m of migrations.slice(1, version)) runMigration(db, m);
    db.pragma(`user_version = ${version}`);
  })();
  fill(db);
  db.close();
  return path;
}

const columnsOf = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0`).all(table) as { name: string }[]).map((c) => c.name);
const hasTable = (db: Database.Database, table: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

/** Inserts `row`'s values for the columns `table` has at this version (later columns keep their defaults). */
function insert(db: Database.Database, table: string, row: Record<string, unknown>): number {
  const have = new Set(columnsOf(db, table));
  const keys = Object.keys(row).filter((k) => have.has(k));
  const sql = `INSERT INTO ${table} (${keys.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
  return Number(db.prepare(sql).run(...keys.map((k) => row[k] as never)).lastInsertRowid);
}

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 8, day, hour, 0, 0)).toISOString();

/** Every value the schema of this version allows, at least once. */
function fill(db: Database.Database) {
  const eventKinds = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'incident_events'").pluck().get() as string).includes(
    "'compensation'",
  )
    ? ['created', 'changed', 'step', 'compensation']
    : ['created', 'changed', 'step'];
  db.transaction(() => {
    const sam = insert(db, 'staff', { name: 'Sam', role: 'Barista', active: 1, monthly_allowance: 5000, created_at: at(1) });
    const lee = insert(db, 'staff', { name: 'Lee', role: 'Owner', active: 0, monthly_allowance: 0, created_at: at(1) });
    insert(db, 'categories', { name: 'Retired category', active: 0 });
    for (const group of CAUSE_GROUPS) insert(db, 'root_causes', { name: `Cause in ${group}`, cause_group: group, active: group === 'Policy' ? 0 : 1 });
    const dana = insert(db, 'customers', { name: 'Dana Smith', phone: '+1 (555) 010-4477', email: 'dana@example.com', note: 'Regular', created_at: at(1) });
    const ids: number[] = [];
    CHANNELS.forEach((channel, i) => {
      const resolved = i % 2 === 0 ? at(2 + i, 12) : null;
      const diagnosed = resolved && i % 4 === 0 ? at(3 + i, 12) : null;
      ids.push(
        insert(db, 'incidents', {
          ref: `MG-${i + 1}`,
          occurred_at: at(2 + i),
          logged_at: at(2 + i, 11),
          updated_at: at(2 + i, 11),
          channel,
          customer_id: i === 0 ? dana : null,
          what_happened: `Incident by ${channel}: the oat milk ran out`,
          severity: (i % 4) + 1,
          category_id: (i % 10) + 1,
          root_cause_id: resolved ? (i % 7) + 1 : null,
          five_whys: JSON.stringify(i === 2 ? ['No stock count', 'Count done weekly'] : []),
          handled_by_id: i % 3 === 0 ? sam : i % 3 === 1 ? lee : null,
          team_lead_present: [null, 0, 1][i % 3],
          heard_at: at(2 + i, 10),
          empathized_at: i % 3 ? at(2 + i, 10) : null,
          apologized_at: i % 2 ? at(2 + i, 10) : null,
          resolved_at: resolved,
          diagnosed_at: diagnosed,
          follow_up_due_at: i % 3 === 0 ? at(20 + i) : null,
          followed_up_at: i === 3 ? at(23) : null,
          score_before: i,
          score_after: 10 - i,
          outcome: OUTCOMES[i % OUTCOMES.length],
          internal_note: i === 1 ? 'Sam covered the till' : '',
          deleted_at: i === 6 ? at(28) : null,
        }),
      );
    });
    for (const [n, kind] of eventKinds.entries()) {
      insert(db, 'incident_events', { incident_id: ids[n]!, at: at(2 + n, 11), kind, field: kind === 'created' ? null : 'severity', old_value: '1', new_value: '2' });
    }
    if (hasTable(db, 'compensations')) {
      COMPENSATION_KINDS.forEach((kind, i) => {
        const incident = ids[i % ids.length]!;
        insert(db, 'compensations', {
          incident_id: incident,
          kind,
          description: `A ${kind}`,
          cost: i * 250,
          given_by_id: i % 2 ? sam : lee,
          given_at: at(2 + (i % ids.length), 13),
          approved_by_id: kind === 'refund' ? lee : null,
          created_at: at(2 + (i % ids.length), 13),
          updated_at: at(2 + (i % ids.length), 13),
          deleted_at: i % ids.length === 6 ? at(28) : null,
          deleted_with_incident: i % ids.length === 6 ? 1 : 0,
          // From v11 on a voucher has its code when it is given (earlier ones get theirs at the upgrade to 11).
          code: kind === 'voucher' ? 'MGV-UPGRADE2' : null,
        });
      });
    }
    if (hasTable(db, 'lessons')) {
      LESSON_STATUSES.forEach((status, i) => {
        const lesson = insert(db, 'lessons', {
          title: `Lesson ${status}`,
          what_we_learned: 'Count the milk daily',
          change: 'Daily count at close',
          root_cause_id: i + 1,
          owner_id: sam,
          due_at: '2026-10-30',
          status,
          done_at: status === 'done' ? at(25) : null,
          created_at: at(20),
          updated_at: at(20),
        });
        insert(db, 'lesson_incidents', { lesson_id: lesson, incident_id: ids[i]! });
      });
    }
    if (hasTable(db, 'month_transactions')) insert(db, 'month_transactions', { month: '2026-09', count: 4200 });
    insert(db, 'drafts', { key: 'quick-log', value: JSON.stringify({ whatHappened: 'half typed' }), updated_at: at(29) });
    db.prepare("INSERT INTO settings (key, value) VALUES ('lastRefNumber', '7')").run();
  })();
}

/** Every row of every table of ours, by the columns the file had before the upgrade. */
function rowsOf(db: Database.Database, columns: Map<string, string[]>) {
  const out: Record<string, unknown[]> = {};
  for (const [table, cols] of columns) {
    // The day tables are totals of the rows: a total at 0 is no total (0016 builds them again from
    // the rows and keeps none; 0015's triggers could leave one).
    const kept = DAY_AMOUNTS[table] ? `WHERE ${DAY_AMOUNTS[table].map((c) => `${c} <> 0`).join(' OR ')}` : '';
    out[table] = db.prepare(`SELECT ${cols.join(', ')} FROM ${table} ${kept} ORDER BY ${cols.map((_, i) => i + 1).join(', ')}`).raw().all();
  }
  return out;
}

/** The amounts of the day tables (migrations 15 and 19). */
const DAY_AMOUNTS: Record<string, string[]> = {
  cause_days: ['incidents'],
  score_days: ['incidents', 'retained', 'lost'],
  cost_days: ['cost'],
  channel_days: ['incidents'],
  severity_days: ['incidents'],
  category_days: ['incidents'],
};

function tablesAndColumns(path: string): Map<string, string[]> {
  const db = connect(path, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'incidents_fts%'")
    .pluck()
    .all() as string[];
  const map = new Map(tables.map((t) => [t, columnsOf(db, t)]));
  db.close();
  return map;
}

async function callOk<C extends ChannelName>(handlers: Parameters<typeof dispatch>[0], channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await dispatch(handlers, channel, request);
  if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`);
  return result.value as Response<C>;
}

/**
 * Version 12 as the release of 1 December (aac5141) ran it: the follow-ups-done index with
 * incident_count and save_key in the same step. 0013 makes those for every other file, and records
 * its version without running for this one.
 */
const OTHER_TWELVE: readonly Migration[] = [
  ...MIGRATIONS.slice(0, 11),
  { version: 12, name: 'counts-and-save-keys', sql: readFileSync(join(history, '0012-counts-and-save-keys.aac5141.sql'), 'utf8') },
];

describe('upgrading a file from every earlier version', () => {
  const cases = [
    ...VARIANTS.flatMap((variant) => Array.from({ length: LATEST_VERSION - 1 }, (_, i) => ({ variant, version: i + 1, migrations: MIGRATIONS, as: '' }))),
    { variant: VARIANTS[0]!, version: 12, migrations: OTHER_TWELVE, as: ', 12 as the release of 1 December ran it' },
  ];
  for (const { variant, version, migrations, as } of cases) {
    it(`v${version} (${variant.name}${as}): the schema of a new file, every row kept, every value accepted`, async () => {
      const path = buildAt(version, variant.run, migrations);
      const columns = tablesAndColumns(path);
      const before = (() => {
        const db = connect(path, { readonly: true });
        const rows = rowsOf(db, columns);
        db.close();
        return rows;
      })();

      const core = openCore({ databasePath: path, version: 'test', now: () => new Date('2026-10-15T12:00:00.000Z') });
      try {
        expect(schemaText(sqliteOnly(core.db, 'this test'))).toBe(snapshot);
        expect(rowsOf(sqliteOnly(core.db, 'this test'), columns)).toEqual(before);
        // The search index holds every live incident, ref included, exactly as the incident reads.
        const fts = core.db.prepare('SELECT rowid, ref, what_happened, internal_note FROM incidents_fts ORDER BY rowid').raw().all();
        const live = core.db.prepare('SELECT id, ref, what_happened, internal_note FROM incidents WHERE deleted_at IS NULL ORDER BY id').raw().all();
        expect(fts).toEqual(live);
        expect(core.db.prepare("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH '\"MG-2\"'").pluck().all()).toEqual([2]);
        expect(core.db.pragma('foreign_key_check')).toEqual([]);
        // The count (0012, or 0013 where 12 did not make it) starts from the rows the file had.
        expect(core.db.prepare('SELECT live FROM incident_count').pluck().all()).toEqual([
          core.db.prepare('SELECT count(*) FROM incidents WHERE deleted_at IS NULL').pluck().get(),
        ]);

        await acceptsEveryValue(core.handlers, path);
      } finally {
        core.close();
      }
    });
  }
});

/** What the contract allows today, written through the app's handlers onto the upgraded file. */
async function acceptsEveryValue(handlers: Parameters<typeof dispatch>[0], databasePath: string) {
  const staff = await callOk(handlers, 'staff.create', { name: 'Riley', role: 'Lead', monthlyAllowance: 100_000 });
  const approver = await callOk(handlers, 'staff.create', { name: 'Jo', role: 'Owner', monthlyAllowance: 0 });
  const causes: number[] = [];
  for (const group of CAUSE_GROUPS) causes.push((await callOk(handlers, 'rootCauses.create', { name: `New ${group} cause`, group })).id);
  for (const [i, channel] of CHANNELS.entries()) {
    const { incident } = await callOk(handlers, 'incidents.create', {
      whatHappened: `Logged by ${channel} after the upgrade`,
      occurredAt: '2026-10-14T09:00:00.000Z',
      channel,
      severity: ((i % 4) + 1) as 1 | 2 | 3 | 4,
      handledById: staff.id,
      teamLeadPresent: i % 2 === 0,
      customer: { name: `Customer ${i}`, phone: `555 010 ${1000 + i}` },
    });
    await callOk(handlers, 'incidents.update', {
      id: incident.id,
      changes: { outcome: OUTCOMES[i % OUTCOMES.length], scoreBefore: i, scoreAfter: 10 - i, rootCauseId: causes[i % causes.length]!, fiveWhys: ['Why one'] },
    });
    for (const step of STEP_NAMES) await callOk(handlers, 'incidents.setStep', { id: incident.id, step, done: true });
    const kind = COMPENSATION_KINDS[i % COMPENSATION_KINDS.length]!;
    await callOk(handlers, 'compensations.add', { incidentId: incident.id, kind, description: kind, cost: 500, givenById: staff.id, approvedById: null });
    if (i === 0) {
      for (const k of COMPENSATION_KINDS) {
        await callOk(handlers, 'compensations.add', { incidentId: incident.id, kind: k, description: k, cost: 100, givenById: approver.id, approvedById: staff.id });
      }
    }
  }
  for (const status of LESSON_STATUSES) {
    await callOk(handlers, 'lessons.create', { title: `After the upgrade: ${status}`, status, rootCauseId: causes[0]!, incidentIds: [] });
  }
  // The first release's timeline refused compensation events, so this import crashed there.
  const csv = [
    'occurred_at,what_happened,channel,compensation_kind,compensation_cost,compensation_given_by',
    '2026-10-13T10:00,Imported with a refund,phone,refund,12.50,Riley',
  ].join('\n');
  const staged = join(dirname(databasePath), 'to-import.csv');
  writeFileSync(staged, csv);
  const { file } = await stageCopy(databasePath, staged);
  const imported = await callOk(handlers, 'data.import', { file, mapping: {}, dryRun: false, skipBadRows: false });
  expect(imported.problems).toEqual([]);
  expect(imported.written).toBe(true);
  const found = await callOk(handlers, 'incidents.list', { filter: { q: 'MG-8' } });
  expect(found.items.map((r) => r.ref)).toEqual(['MG-8']);
}
