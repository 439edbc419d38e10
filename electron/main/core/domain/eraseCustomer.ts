// Erasing a customer on request: their name, phone, email and note leave the customers table,
// the incidents' text, the search index, the timeline and the drafts. The incidents stay, anonymous,
// so every figure stays the same. Backups made before keep the old details (README says so).
import { notFound } from '../../../../shared/result';
import type { CustomerEraseResult } from '../../../../shared/schemas/customer';
import type { Db } from '../db/open';
import { recordEvent } from './events';
import { ERASED, redactor, termsFor } from './redact';

interface Person {
  id: number;
  name: string;
  phone: string;
  email: string;
}

const digits = (s: string) => s.replace(/\D/g, '');
// Fewer digits than this is an extension or a typo, not a way to tell people apart.
const MIN_PHONE_DIGITS = 6;

/**
 * The records of the same person: this one, and any with the same email (ignoring case) or the
 * same phone number (digits only). A shared name alone is not enough: two customers can be "Sam".
 */
function samePerson(db: Db, customerId: number): Person[] {
  const target = db.prepare('SELECT id, name, phone, email FROM customers WHERE id = ?').get(customerId) as Person | undefined;
  if (!target) throw notFound('That customer');
  const email = target.email.trim().toLowerCase();
  const phone = digits(target.phone);
  const others = db.prepare("SELECT id, name, phone, email FROM customers WHERE id <> ? AND (email <> '' OR phone <> '')").all(customerId) as Person[];
  const same = others.filter(
    (p) => (email !== '' && p.email.trim().toLowerCase() === email) || (phone.length >= MIN_PHONE_DIGITS && digits(p.phone) === phone),
  );
  return [target, ...same];
}

type Incident = { id: number; ref: string; what_happened: string; internal_note: string; five_whys: string };

function incidentsOf(db: Db, people: Person[]): Incident[] {
  const ids = JSON.stringify(people.map((p) => p.id));
  return db
    .prepare(
      `SELECT id, ref, what_happened, internal_note, five_whys FROM incidents
       WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(ids) as Incident[];
}

function scrubIncidents(db: Db, incidents: Incident[], redact: (text: string) => string, now: string): void {
  const updateIncident = db.prepare(
    'UPDATE incidents SET customer_id = NULL, what_happened = ?, internal_note = ?, five_whys = ?, updated_at = ? WHERE id = ?',
  );
  const compensations = db.prepare('SELECT id, description FROM compensations WHERE incident_id = ?');
  const updateCompensation = db.prepare('UPDATE compensations SET description = ? WHERE id = ?');
  const events = db.prepare('SELECT id, field, old_value, new_value FROM incident_events WHERE incident_id = ?');
  const updateEvent = db.prepare('UPDATE incident_events SET old_value = ?, new_value = ? WHERE id = ?');
  for (const i of incidents) {
    updateIncident.run(redact(i.what_happened), redact(i.internal_note), redact(i.five_whys), now, i.id);
    for (const c of compensations.all(i.id) as { id: number; description: string }[]) {
      const description = redact(c.description);
      if (description !== c.description) updateCompensation.run(description, c.id);
    }
    for (const e of events.all(i.id) as { id: number; field: string | null; old_value: string | null; new_value: string | null }[]) {
      // A customer field's old and new values are the details themselves; anything else may quote them.
      const isCustomerField = e.field === 'customer' || (e.field?.startsWith('customer.') ?? false);
      const scrub = (v: string | null) => (v === null ? null : isCustomerField ? ERASED : redact(v));
      const [from, to] = [scrub(e.old_value), scrub(e.new_value)];
      if (from !== e.old_value || to !== e.new_value) updateEvent.run(from, to, e.id);
    }
    recordEvent(db, i.id, now, 'changed', 'customer.erased', null, null);
  }
}

/** Half-typed entries may hold the details too (a quick log started for this customer). */
function scrubDrafts(db: Db, redact: (text: string) => string): void {
  const update = db.prepare('UPDATE drafts SET value = ? WHERE key = ?');
  for (const d of db.prepare('SELECT key, value FROM drafts').all() as { key: string; value: string }[]) {
    const value = redact(d.value);
    if (value !== d.value) update.run(value, d.key);
  }
}

/** Erases the customer and the same person's other records; with `dryRun`, only says what it would touch. */
export function eraseCustomer(db: Db, customerId: number, dryRun: boolean, now: string): CustomerEraseResult {
  const people = samePerson(db, customerId);
  const incidents = incidentsOf(db, people);
  const result = { incidents: incidents.map((i) => ({ id: i.id, ref: i.ref })), customers: people.length };
  if (dryRun) return { erased: false, ...result };
  const redact = redactor(termsFor(people));
  // secure_delete zeroes the freed space, so the old text is not left in the file's free pages.
  const secureBefore = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      scrubIncidents(db, incidents, redact, now);
      scrubDrafts(db, redact);
      db.prepare('DELETE FROM customers WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(people.map((p) => p.id)));
      // The search index keeps a deleted word in old segments until they are merged: merge them all now.
      db.exec("INSERT INTO incidents_fts (incidents_fts) VALUES ('optimize')");
    }).immediate();
  } finally {
    db.pragma(`secure_delete = ${secureBefore}`);
  }
  // Copy the change out of the WAL into the main file, so the old pages are overwritten there too.
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { erased: true, ...result };
}
