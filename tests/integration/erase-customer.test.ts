import { connect } from '../../electron/main/core/db/connect';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../support/core';
import { snapshot } from '../support/snapshot';
import { bytesHolding, rowVersionsHolding, vocabularyHolding } from '../support/traces';
import { onPostgres } from '../support/pgTest';
import { WRITE_LOCK_SQL } from '../../electron/main/core/db/pg/pgDb';

let t: TempCore;
let zeb: { incident: number; customer: number };
let sameEmail: number;
let samePhone: number;
let unlinked: number;
let mentions: number;
let deleted: number;
let bea: number;
let ada: number;
let lesson: number;

const NAME = 'Zebulon Quartermaine';
const PHONE = '+1 (555) 867-5309';
const EMAIL = 'zeb.q@example.com';
const searches = ['Zebulon', 'quartermaine', '555 867 5309', '5309', EMAIL, 'zeb', 'fridays'];
const found = async (q: string) => (await t.call('incidents.list', { filter: { q } })).total;
const value = (sql: string, ...params: unknown[]): unknown => t.core.db.prepare(sql).pluck().get(...params);
const count = (sql: string, ...params: unknown[]) => value(sql, ...params) as number;
/** Every way the details could be left in the file: the name and its parts, the email, the phone as people type it, the notes. */
const TRACES = [
  'zebulon', 'quartermaine', 'zeb', EMAIL, 'example.com',
  PHONE, '(555) 867-5309', '555 867 5309', '555-867-5309', '555.867.5309', '5558675309', '867-5309', '8675309', '5309',
  'fridays', 'allergic to nuts', 'nut allergy', 'oat milk',
];
/** The same as words of the search index (it keeps them lower case, and a phone as its digit groups). */
const WORDS = ['zebulon', 'quartermaine', 'zeb', 'example', '867', '5309', '5558675309', '8675309', 'fridays', 'nuts', 'allergy', 'oat'];
const MG = (...refs: number[]) => refs.map((n) => `MG-${n}`);
const refs = (list: { ref: string }[]) => list.map((i) => i.ref);

beforeEach(async () => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
  const sam = (await t.call('staff.create', { name: 'Sam', monthlyAllowance: 50_000 })).id;
  const create = async (whatHappened: string, day: number, customer: object | null = null) =>
    (await t.call('incidents.create', { whatHappened, occurredAt: `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`, customer })).incident;

  // MG-1: the customer being erased.
  const first = await create(`${NAME} said the cake was dry; Zebulon wants a call back on ${PHONE}`, 2, {
    name: 'Zeb Quartermaine', phone: PHONE, email: EMAIL, note: 'Regular on Fridays',
  });
  zeb = { incident: first.id, customer: first.customer!.id };
  // A name corrected later leaves both spellings in the timeline.
  await t.call('incidents.update', {
    id: zeb.incident,
    changes: { customer: { name: NAME }, internalNote: `Quartermaine is a regular; email ${EMAIL}`, scoreBefore: 3, scoreAfter: 9 },
  });
  await t.call('incidents.update', { id: zeb.incident, changes: { whatHappened: `${NAME} said the cake was dry and stale` } });
  await t.call('compensations.add', { incidentId: zeb.incident, kind: 'voucher', cost: 1500, givenById: sam, description: 'Voucher posted to Zebulon' });
  await t.call('incidents.setStep', { id: zeb.incident, step: 'resolved', done: true });
  // MG-2: the same person on another visit: another record, the same email typed in capitals.
  sameEmail = (await create('Card payment taken twice', 5, { name: 'Z. Quartermaine', email: EMAIL.toUpperCase() })).id;
  // MG-3: someone else.
  ada = (await create('Ada Lovelace waited 40 minutes', 6, { name: 'Ada Lovelace', phone: '+44 20 7946 0000' })).id;
  // MG-4: the same phone without its country code, under another name.
  samePhone = (await create('Called about a birthday order', 7, { name: 'Mr Q', phone: '(555) 867-5309' })).id;
  // MG-5: an incident they were taken off ("Customer: Zebulon Quartermaine → none"), with a note edited before.
  unlinked = (await create('Asked what is in the brownies', 8, { name: NAME, note: 'Allergic to nuts' })).id;
  await t.call('incidents.update', { id: unlinked, changes: { customer: { note: 'Nut allergy, carries a pen' } } });
  await t.call('incidents.update', { id: unlinked, changes: { customer: null } });
  // A record an older Makegood left behind when an incident was made anonymous: it names them, nothing names it.
  t.core.db
    .prepare("INSERT INTO customers (name, phone, email, note, created_at) VALUES (?, '', '', 'Prefers oat milk', '2026-09-01T10:00:00.000Z')")
    .run(NAME);
  // MG-6: another incident, no customer, that mentions them everywhere text can be typed.
  mentions = (await create("Quartermaine's friend said the coffee was cold", 9)).id;
  await t.call('incidents.update', {
    id: mentions,
    changes: { internalNote: 'Zebulon asked us to ring 555 867 5309', fiveWhys: ['Zebulon waited at the counter', 'Nobody wrote down ZEB.Q@example.com'] },
  });
  await t.call('compensations.add', { incidentId: mentions, kind: 'free_item', cost: 300, givenById: sam, description: "Coffee for Quartermaine's friend" });
  // MG-7: deleted (it can still be restored), and it names them.
  deleted = (await create('ZEBULON shouted at the till; call 5558675309', 10)).id;
  await t.call('incidents.remove', { id: deleted });
  // MG-8: someone else, whose note mentions them.
  bea = (await create('Milk was off', 11, { name: 'Bea Ortiz', note: 'Came in with Zebulon' })).id;
  lesson = (
    await t.call('lessons.create', {
      title: 'Ring Zebulon back within a day',
      whatWeLearned: 'Quartermaine is a regular and noticed',
      change: 'Keep 867-5309 by the till',
      incidentIds: [mentions],
    })
  ).lesson.id;
  await t.call('drafts.save', { key: 'quicklog', value: { whatHappened: 'Zebulon is back about the cake', customerName: NAME, customerPhone: '555.867.5309' } });
});
afterEach(() => t.cleanup());

describe('erasing a customer', () => {
  it('first says what it would touch, and changes nothing', async () => {
    const before = snapshot(t.core.db);
    const preview = await t.call('customers.erase', { customerId: zeb.customer, dryRun: true });
    expect(preview).toEqual({
      erased: false,
      incidents: [{ id: zeb.incident, ref: 'MG-1' }, { id: sameEmail, ref: 'MG-2' }, { id: samePhone, ref: 'MG-4' }],
      mentionedIn: [{ id: unlinked, ref: 'MG-5' }, { id: mentions, ref: 'MG-6' }, { id: deleted, ref: 'MG-7' }],
      // Theirs (MG-1, MG-2, MG-4) and the record left behind that names them.
      customers: 4,
      customerNotes: 1,
      lessons: 1,
      drafts: 1,
      cleared: false,
    });
    expect(snapshot(t.core.db)).toBe(before);
  });

  it('removes the name and contact everywhere, keeps the incidents, and every figure stays the same', async () => {
    for (const q of searches) expect(await found(q), q).toBeGreaterThan(0);
    const figuresBefore = await t.call('figures.month', { month: '2026-10' });
    const adaBefore = await t.call('incidents.get', { id: ada });
    const preview = await t.call('customers.erase', { customerId: zeb.customer, dryRun: true });

    const done = await t.call('customers.erase', { customerId: zeb.customer });
    expect(done).toEqual({ ...preview, erased: true, cleared: true });

    // Search finds nothing by name, phone or email, and the incidents are still there.
    for (const q of searches) expect(await found(q), q).toBe(0);
    expect((await t.call('incidents.list', {})).total).toBe(7);
    expect(await t.call('figures.month', { month: '2026-10' })).toEqual(figuresBefore);

    const detail = await t.call('incidents.get', { id: zeb.incident });
    expect(detail.incident.customer).toBeNull();
    expect(detail.incident.whatHappened).toBe('[erased] said the cake was dry and stale');
    expect(detail.incident.internalNote).toBe('[erased] is a regular; email [erased]');
    expect(detail.incident).toMatchObject({ scoreBefore: 3, scoreAfter: 9, status: 'resolved' });
    expect(detail.compensations[0]).toMatchObject({ description: 'Voucher posted to [erased]', cost: 1500 });
    expect(detail.events.at(-1)).toMatchObject({ kind: 'changed', field: 'customer.erased', from: null, to: null });
    const timeline = JSON.stringify(detail.events);
    for (const word of ['Zebulon', 'Quartermaine', 'Zeb', '5309', 'example.com', 'Fridays']) expect(timeline).not.toContain(word);
    expect((await t.call('incidents.get', { id: sameEmail })).incident.customer).toBeNull();

    // Someone else is untouched.
    expect(await t.call('incidents.get', { id: ada })).toEqual(adaBefore);
    expect(await found('Lovelace')).toBe(1);

    const draft = await t.call('drafts.get', { key: 'quicklog' });
    expect(draft.value).toEqual({ whatHappened: '[erased] is back about the cake', customerName: '[erased]', customerPhone: '[erased]' });
    expect(t.core.db.prepare('SELECT name FROM customers ORDER BY id').pluck().all()).toEqual(['Ada Lovelace', 'Bea Ortiz']);
  });

  it('takes the same phone number in another format as the same person, and finds it typed in any format', async () => {
    const done = await t.call('customers.erase', { customerId: zeb.customer });
    // "(555) 867-5309" is "+1 (555) 867-5309" without the country code.
    expect(refs(done.incidents)).toContain('MG-4');
    expect((await t.call('incidents.get', { id: samePhone })).incident.customer).toBeNull();
    expect(count("SELECT count(*) FROM customers WHERE phone LIKE '%5309%'")).toBe(0);
    // Typed as "555 867 5309", "5558675309" and "867-5309" in text.
    expect((await t.call('incidents.get', { id: mentions })).incident.internalNote).toBe('[erased] asked us to ring [erased]');
    expect(value('SELECT what_happened FROM incidents WHERE id = ?', deleted)).toBe('[erased] shouted at the till; call [erased]');
    expect((await t.call('lessons.get', { id: lesson })).lesson.change).toBe('Keep [erased] by the till');
  });

  it('erases a record nothing names any more, and "Customer: … → none" in the timeline of an incident they were taken off', async () => {
    expect(count('SELECT count(*) FROM customers WHERE name = ?', NAME)).toBe(2);
    await t.call('customers.erase', { customerId: zeb.customer });
    expect(count("SELECT count(*) FROM customers WHERE name LIKE '%Zebulon%' OR note LIKE '%oat milk%'")).toBe(0);

    const { events } = await t.call('incidents.get', { id: unlinked });
    expect(events.find((e) => e.field === 'customer')).toMatchObject({ from: '[erased]', to: null });
    // Their note went with them: on an incident that names nobody now, whose timeline named them.
    expect(events.find((e) => e.field === 'customer.note')).toMatchObject({ from: '[erased]', to: '[erased]' });
    const timeline = JSON.stringify(events);
    for (const word of ['Zebulon', 'Quartermaine', 'nuts', 'allergy']) expect(timeline, word).not.toContain(word);
  });

  it('erases them from lessons, from every incident’s text (deleted ones too) and from the search index’s words', async () => {
    const done = await t.call('customers.erase', { customerId: zeb.customer });
    expect(done).toMatchObject({ mentionedIn: [{ ref: 'MG-5' }, { ref: 'MG-6' }, { ref: 'MG-7' }], lessons: 1, customerNotes: 1 });

    const l = (await t.call('lessons.get', { id: lesson })).lesson;
    expect([l.title, l.whatWeLearned]).toEqual(['Ring [erased] back within a day', '[erased] is a regular and noticed']);
    const other = await t.call('incidents.get', { id: mentions });
    expect(other.incident.whatHappened).toBe("[erased]'s friend said the coffee was cold");
    expect(other.incident.fiveWhys).toEqual(['[erased] waited at the counter', 'Nobody wrote down [erased]']);
    expect(other.compensations[0]?.description).toBe("Coffee for [erased]'s friend");
    const otherTimeline = JSON.stringify(other.events);
    for (const word of ['Zebulon', 'Quartermaine', 'ZEB.Q', '867']) expect(otherTimeline, word).not.toContain(word);
    expect((await t.call('incidents.get', { id: bea })).incident.customer).toMatchObject({ name: 'Bea Ortiz', note: 'Came in with [erased]' });
    // The deleted incident comes back without them.
    await t.call('incidents.restore', { id: deleted });
    expect((await t.call('incidents.get', { id: deleted })).incident.whatHappened).toBe('[erased] shouted at the till; call [erased]');
    expect(await found('shouted')).toBe(1);
    expect(await found('zebulon')).toBe(0);

    expect(vocabularyHolding(t.core.db, WORDS)).toEqual([]);
  });

  // The shared database: the same traces looked for in every row version its pages keep, live or dead.
  it.runIf(onPostgres)('leaves no trace in any row version the tables keep, nor in the index’s words', async () => {
    for (let n = 0; n < 40; n++) await t.call('incidents.create', { whatHappened: `Filler ${n}, words enough to fill a page of the table` });
    await t.call('incidents.update', { id: mentions, changes: { whatHappened: 'A friend said the coffee was cold' } });
    const tables = ['incidents', 'incidents_fts', 'incident_events', 'compensations', 'customers', 'lessons', 'drafts'];
    // An update keeps the old version of the row in the pages, until VACUUM.
    expect(rowVersionsHolding(t.core.db, tables, TRACES).length).toBeGreaterThan(0);
    expect(vocabularyHolding(t.core.db, WORDS).length).toBeGreaterThan(0);

    expect(await t.call('customers.erase', { customerId: zeb.customer })).toMatchObject({ erased: true, cleared: true });
    expect(rowVersionsHolding(t.core.db, tables, TRACES)).toEqual([]);
    expect(vocabularyHolding(t.core.db, WORDS)).toEqual([]);
  });

  // The bytes of the SQLite file and its log (WAL): the file is SQLite's own.
  it.skipIf(onPostgres)('leaves no trace in the data file, its log or the index’s words, while the file is open and after it is closed', async () => {
    // Text typed over before the erase: its old version is left in the page's free space, where
    // secure_delete (on only while erasing) does not reach.
    for (let n = 0; n < 40; n++) await t.call('incidents.create', { whatHappened: `Filler ${n}, words enough to fill a page of the table` });
    await t.call('incidents.update', { id: mentions, changes: { whatHappened: 'A friend said the coffee was cold' } });
    expect(bytesHolding(t.databasePath, TRACES).length).toBeGreaterThan(0);
    expect(vocabularyHolding(t.core.db, WORDS).length).toBeGreaterThan(0);

    await t.call('customers.erase', { customerId: zeb.customer });
    // The app keeps the file open: what is on disk now must already be clean.
    expect(bytesHolding(t.databasePath, TRACES)).toEqual([]);
    expect(vocabularyHolding(t.core.db, WORDS)).toEqual([]);

    t.core.close();
    expect(bytesHolding(t.databasePath, TRACES)).toEqual([]);
    const reopened = connect(t.databasePath, { readonly: true });
    try {
      expect(vocabularyHolding(reopened, WORDS)).toEqual([]);
    } finally {
      reopened.close();
    }
  });

  // SQLite's log (WAL) held by a reader: PostgreSQL has no such file (its old row versions: the test above).
  it.skipIf(onPostgres)('says so when another program kept an old copy in the log, and the copy goes when the file is closed', async () => {
    // Another program in the middle of reading: the log cannot be emptied until it is done.
    const reader = connect(t.databasePath, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM incidents').get();
    const done = await t.call('customers.erase', { customerId: zeb.customer });
    expect(done).toMatchObject({ erased: true, cleared: false });
    reader.exec('COMMIT');
    reader.close();
    t.core.close();
    expect(bytesHolding(t.databasePath, TRACES)).toEqual([]);
  });

  it('decides what to erase inside its transaction: a write landing after the preview, before the erase, is erased too', async () => {
    const preview = await t.call('customers.erase', { customerId: zeb.customer, dryRun: true });
    // Another program (the CLI, `serve`) writes while the erase starts: it holds the write lock, then commits.
    const writer = onPostgres
      ? new Worker(WRITER_PG, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('pg'), url: t.databasePath } })
      : new Worker(WRITER, { eval: true, workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), file: t.databasePath } });
    const [message] = (await once(writer, 'message')) as [string];
    expect(message).toBe('written, not committed');
    const done = await t.call('customers.erase', { customerId: zeb.customer });
    await once(writer, 'exit');

    expect(refs(preview.incidents)).not.toContain('MG-90');
    expect(refs(done.incidents)).toEqual(MG(1, 2, 4, 90));
    expect(refs(done.mentionedIn)).toEqual(MG(5, 6, 7, 91));
    expect(count("SELECT count(*) FROM customers WHERE phone LIKE '%5309%'")).toBe(0);
    const rows = t.core.db.prepare("SELECT ref, customer_id, what_happened FROM incidents WHERE ref IN ('MG-90', 'MG-91') ORDER BY ref").all();
    expect(rows).toEqual([
      { ref: 'MG-90', customer_id: null, what_happened: '[erased] rang from the car park' },
      { ref: 'MG-91', customer_id: null, what_happened: '[erased] left a voicemail' },
    ]);
    expect(await found('quartermaine')).toBe(0);
  });

  it('answers "not found" for a customer that does not exist', async () => {
    expect(await t.raw('customers.erase', { customerId: 999 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

// Runs in a worker thread, as another program would: takes the write lock, writes a new record of
// the same person (their phone as typed elsewhere) and a mention, and commits a moment later.
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
const at = '2026-10-20T11:00:00.000Z';
const customer = db.prepare("INSERT INTO customers (name, phone, email, note, created_at) VALUES ('Q', '555 867 5309', '', '', ?)").run(at).lastInsertRowid;
const incident = db.prepare(\`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity)
  VALUES (?, ?, ?, ?, 'phone', ?, ?, 1)\`);
incident.run('MG-90', at, at, at, customer, 'Zebulon rang from the car park');
incident.run('MG-91', at, at, at, null, 'Quartermaine left a voicemail');
parentPort.postMessage('written, not committed');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
db.exec('COMMIT');
db.close();
`;

// The same other program on the shared database: it takes the write lock every counter takes (db/pg/pgDb.ts).
const WRITER_PG = `
const { parentPort, workerData } = require('node:worker_threads');
const { Client } = require(workerData.driver);
(async () => {
  const db = new Client({ connectionString: workerData.url });
  await db.connect();
  await db.query('BEGIN');
  await db.query(${JSON.stringify(WRITE_LOCK_SQL)});
  const at = '2026-10-20T11:00:00.000Z';
  const customer = (await db.query("INSERT INTO customers (name, phone, email, note, created_at) VALUES ('Q', '555 867 5309', '', '', $1) RETURNING id", [at])).rows[0].id;
  const incident = \`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity)
    VALUES ($1, $2, $2, $2, 'phone', $3, $4, 1)\`;
  await db.query(incident, ['MG-90', at, customer, 'Zebulon rang from the car park']);
  await db.query(incident, ['MG-91', at, null, 'Quartermaine left a voicemail']);
  parentPort.postMessage('written, not committed');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await db.query('COMMIT');
  await db.end();
})();
`;
