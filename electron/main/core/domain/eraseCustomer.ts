// Erasing a customer on request: their records go, and their name, phone and email leave every
// text they were typed in (any incident, live or deleted, lessons, compensations, the timeline,
// other customers' notes, drafts), the search index and its words, and the bytes of the file.
// The incidents stay, anonymous, so every figure stays the same. Backups made before keep the old
// details (README says so).
import type { CustomerEraseResult } from '../../../../shared/schemas/customer';
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { idsIn, planErase, type ErasePlan } from './erasePlan';
import { recordEvent } from './events';

const json = (values: Iterable<number | string>) => JSON.stringify([...values]);

function apply(db: Db, plan: ErasePlan, now: string): void {
  const texts = db.prepare('UPDATE incidents SET what_happened = ?, internal_note = ?, five_whys = ? WHERE id = ?');
  for (const i of plan.incidents) texts.run(i.whatHappened, i.internalNote, i.fiveWhys, i.id);
  const anonymous = db.prepare('UPDATE incidents SET customer_id = NULL, updated_at = ? WHERE id = ?');
  for (const i of plan.anonymous) anonymous.run(now, i.id);
  const compensation = db.prepare('UPDATE compensations SET description = ? WHERE id = ?');
  for (const c of plan.compensations) compensation.run(c.description, c.id);
  const event = db.prepare('UPDATE incident_events SET old_value = ?, new_value = ? WHERE id = ?');
  for (const e of plan.events) event.run(e.from, e.to, e.id);
  // A lesson's place in its list follows its last edit: erasing is not one, so updated_at stays.
  const lesson = db.prepare('UPDATE lessons SET title = ?, what_we_learned = ?, change = ? WHERE id = ?');
  for (const l of plan.lessons) lesson.run(l.title, l.whatWeLearned, l.change, l.id);
  const draft = db.prepare('UPDATE drafts SET value = ? WHERE key = ?');
  for (const d of plan.drafts) draft.run(d.value, d.key);
  const note = db.prepare('UPDATE customers SET note = ? WHERE id = ?');
  for (const n of plan.notes) note.run(n.note, n.id);
  db.prepare(`DELETE FROM customers WHERE id IN ${idsIn(db)}`).run(json(plan.customerIds));
  for (const i of plan.anonymous) recordEvent(db, i.id, now, 'changed', 'customer.erased', null, null);
  if (isPostgres(db)) {
    // The triggers rewrote the words of each changed incident; written once more from the rows, as
    // on SQLite, so no word of theirs is kept whatever a trigger saw first.
    db.prepare(`UPDATE incidents_fts f SET words = makegood_incident_words(i) FROM incidents i WHERE i.id = f.id AND f.id IN ${idsIn(db)}`).run(json(plan.searchRows));
    return;
  }

  // Each touched incident's search row written afresh from the incident (a deleted one has none),
  // then every segment merged into one: until then the index keeps the old words in older segments.
  const drop = db.prepare('DELETE FROM incidents_fts WHERE rowid = ?');
  const add = db.prepare(
    `INSERT INTO incidents_fts (rowid, ref, what_happened, customer, internal_note)
     SELECT i.id, i.ref, i.what_happened, (SELECT concat_ws(' ', c.name, c.phone, c.email, c.note) FROM customers c WHERE c.id = i.customer_id),
       i.internal_note
     FROM incidents i WHERE i.id = ? AND i.deleted_at IS NULL`,
  );
  for (const id of plan.searchRows) {
    drop.run(id);
    add.run(id);
  }
  db.exec("INSERT INTO incidents_fts (incidents_fts) VALUES ('optimize')");
}

/**
 * Writes the file afresh, with nothing but its rows. Text freed by edits before the erase (an old
 * version of what happened, the search index's merged segments) stays in the file's free space,
 * which secure_delete does not clear after the fact; VACUUM leaves no free space behind.
 * False when another program was writing and it could not: the erase itself is already saved.
 */
function rewrite(db: Db): boolean {
  try {
    db.exec('VACUUM');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
    throw error;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The tables an erase writes: on PostgreSQL their old row versions stay in the pages until VACUUM. */
const ERASED_TABLES = 'incidents, incidents_fts, incident_events, compensations, customers, lessons, drafts';

/**
 * PostgreSQL keeps an updated row's old version (the old text) in the table's pages until VACUUM
 * removes it; run right after the erase (VACUUM cannot run inside a transaction). It removes every
 * old version no open transaction may still read: false when it could not run (the role does not
 * own the tables). The server's write-ahead log and its backups are the server's (README).
 */
function vacuumPg(db: Db): boolean {
  try {
    db.exec(`VACUUM ${ERASED_TABLES}`);
    return true;
  } catch (error) {
    console.warn('[erase] VACUUM after the erase did not run', error);
    return false;
  }
}

/**
 * Copies the log (WAL) into the data file and empties it, so the old pages are overwritten in the
 * file and gone from the log. Another program reading an older state of the file (the CLI, `serve`)
 * holds the log until it is done: retried for about two seconds, then false.
 */
function checkpoint(db: Db): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 100');
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
      if (result?.busy === 0) return true;
      pause(100);
    }
    return false;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

function summary(plan: ErasePlan, erased: boolean, cleared: boolean): CustomerEraseResult {
  return {
    erased,
    incidents: plan.anonymous,
    mentionedIn: plan.mentionedIn,
    customers: plan.customerIds.length,
    customerNotes: plan.notes.length,
    lessons: plan.lessons.length,
    drafts: plan.drafts.length,
    cleared,
  };
}

/** Erases the customer and the same person's other records; with `dryRun`, only says what it would touch. */
export function eraseCustomer(db: Db, customerId: number, dryRun: boolean, now: string): CustomerEraseResult {
  // Decided inside the transaction, so a write landing just before it is seen; the dry run reads
  // the same way, in a read transaction that does not hold other writers back.
  if (dryRun) return db.transaction(() => summary(planErase(db, customerId), false, false)).deferred();
  if (isPostgres(db)) {
    const plan = db.transaction(() => {
      const decided = planErase(db, customerId);
      apply(db, decided, now);
      return decided;
    })();
    return summary(plan, true, vacuumPg(db));
  }
  // secure_delete zeroes what the erase frees, so the old text is not left in the file's free space.
  const secureBefore = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const plan = db.transaction(() => {
      const decided = planErase(db, customerId);
      apply(db, decided, now);
      return decided;
    })();
    const rewritten = rewrite(db);
    return summary(plan, true, checkpoint(db) && rewritten);
  } finally {
    db.pragma(`secure_delete = ${secureBefore}`);
  }
}
