// Deciding what erasing a customer touches: who they are (their records), and every place their
// details were typed or kept. Only reads; run inside the erase's own transaction (and the dry
// run's), so what is decided is what is written, whatever another program wrote just before.
import { samePhone } from '../../../../shared/phone';
import { notFound } from '../../../../shared/result';
import { bySql, dialectOf } from '../db/engine';
import type { Db } from '../db/open';
import { mentionFilter } from './mentionFilter';
import { ERASED, redactor, termsFor, type Redact, type Terms } from './redact';

interface Person {
  id: number;
  name: string;
  phone: string;
  email: string;
}

type Ref = { id: number; ref: string };
type Value = string | null;

export interface ErasePlan {
  /** Customer records to remove: theirs, and records no incident names that name them. */
  customerIds: number[];
  /** Their incidents, made anonymous. */
  anonymous: Ref[];
  /** Other incidents, live or deleted, whose text, compensations or timeline mention them. */
  mentionedIn: Ref[];
  incidents: { id: number; whatHappened: string; internalNote: string; fiveWhys: string }[];
  compensations: { id: number; description: string }[];
  events: { id: number; from: Value; to: Value }[];
  lessons: { id: number; title: string; whatWeLearned: string; change: string }[];
  drafts: { key: string; value: string }[];
  /** Other customers' notes that mention them. */
  notes: { id: number; note: string }[];
  /** Incidents whose search row holds what changed. */
  searchRows: number[];
}

const sameEmail = (a: string, b: string) => a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The records of the same person: this one, and any with the same email (ignoring case) or the
 * same phone number (shared/phone.ts). A shared name alone is not enough: two customers can be "Sam".
 */
function recordsOf(db: Db, customerId: number): Person[] {
  const target = db.prepare('SELECT id, name, phone, email FROM customers WHERE id = ?').get(customerId) as Person | undefined;
  if (!target) throw notFound('customer');
  // The email as a word and the phone as digits: what any record with either must contain.
  const { words, phones } = termsFor([{ name: '', phone: target.phone, email: target.email }]);
  const f = mentionFilter({ words: words.filter((w) => w === target.email.trim()), phones }, ['email', 'phone'], dialectOf(db));
  const others = db.prepare(`SELECT id, name, phone, email FROM customers WHERE id <> ? AND ${f.sql}`).all(customerId, ...f.params) as Person[];
  return [target, ...others.filter((p) => sameEmail(p.email, target.email) || samePhone(p.phone, target.phone))];
}

const isCustomerField = (field: Value) => field === 'customer' || (field?.startsWith('customer.') ?? false);
const json = (values: Iterable<number>) => JSON.stringify([...values]);
/** `IN (…)` over the ids of one JSON array parameter. */
export const idsIn = (db: Db) =>
  bySql(db, { sqlite: '(SELECT value FROM json_each(?))', postgres: '(SELECT value::bigint FROM jsonb_array_elements_text(?::jsonb) AS value)' });

/** A compensation event's JSON: only its description is free text (its kind is a word like "gift"). */
function redactEntry(redact: Redact, text: string): string {
  try {
    const entry = JSON.parse(text) as unknown;
    if (entry !== null && typeof entry === 'object' && 'description' in entry && typeof entry.description === 'string') {
      const description = redact(entry.description);
      return description === entry.description ? text : JSON.stringify({ ...entry, description });
    }
  } catch {
    // Not JSON: redact it as text.
  }
  return redact(text);
}

// An instant in the timeline (when it happened, a follow-up date): its digits can look like the end
// of a phone number ("2026-10-02" against 555-2026-1002), but it never is one.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const redactValue = (redact: Redact, value: string) => (INSTANT.test(value) ? value : redact(value));

type EventChange = { incidentId: number; from: Value; to: Value };

/** The timeline: customer fields of their incidents go whole; any other value loses the terms. */
function planEvents(db: Db, terms: Terms, redact: Redact, anonymous: Set<number>): Map<number, EventChange> {
  type Row = { id: number; incident_id: number; kind?: string; field?: Value; old_value: Value; new_value: Value };
  const changed = new Map<number, EventChange>();
  /** Records the row's new values if `scrub` changes one; true when it did. */
  const scrubbed = (e: Row, scrub: (v: string) => string) => {
    const [from, to] = [e.old_value === null ? null : scrub(e.old_value), e.new_value === null ? null : scrub(e.new_value)];
    if (from === e.old_value && to === e.new_value) return false;
    changed.set(e.id, { incidentId: e.incident_id, from, to });
    return true;
  };
  const f = mentionFilter(terms, ['old_value', 'new_value'], dialectOf(db));
  // A step's values are instants, a "created" line's is the ref: neither holds typed text.
  const rows = db
    .prepare(
      `SELECT id, incident_id, kind, field, old_value, new_value FROM incident_events
       WHERE kind IN ('changed', 'compensation') AND (incident_id IN ${idsIn(db)} OR ${f.sql}) ORDER BY id`,
    )
    .all(json(anonymous), ...f.params) as Row[];
  const namedThem = new Set<number>();
  for (const e of rows) {
    const customerField = isCustomerField(e.field ?? null);
    if (anonymous.has(e.incident_id) && customerField) scrubbed(e, () => ERASED);
    else if (scrubbed(e, (v) => (e.kind === 'compensation' ? redactEntry(redact, v) : redactValue(redact, v))) && customerField) {
      namedThem.add(e.incident_id);
    }
  }
  // An incident that names nobody now, whose timeline named them: its customer lines were theirs
  // (a note says nothing of who it was about, so it goes with the name).
  const formerly = db
    .prepare(
      `SELECT e.id, e.incident_id, e.old_value, e.new_value FROM incident_events e JOIN incidents i ON i.id = e.incident_id
       WHERE e.incident_id IN ${idsIn(db)} AND i.customer_id IS NULL AND (e.field = 'customer' OR e.field LIKE 'customer.%')`,
    )
    .all(json(namedThem)) as Row[];
  for (const e of formerly) scrubbed(e, () => ERASED);
  return changed;
}

/** Rows of `table` that may mention them (mentionFilter), with the columns `columns`. */
function candidates<T>(db: Db, terms: Terms, table: string, columns: readonly string[], select: string): T[] {
  const f = mentionFilter(terms, columns, dialectOf(db));
  return db.prepare(`SELECT ${select} FROM ${table} WHERE ${f.sql}`).all(...f.params) as T[];
}

function planLessons(db: Db, terms: Terms, redact: Redact): ErasePlan['lessons'] {
  type Row = { id: number; title: string; what_we_learned: string; change: string };
  return candidates<Row>(db, terms, 'lessons', ['title', 'what_we_learned', 'change'], 'id, title, what_we_learned, change').flatMap((l) => {
    const next = { id: l.id, title: redact(l.title), whatWeLearned: redact(l.what_we_learned), change: redact(l.change) };
    return next.title !== l.title || next.whatWeLearned !== l.what_we_learned || next.change !== l.change ? [next] : [];
  });
}

function planDrafts(db: Db, terms: Terms, redact: Redact): ErasePlan['drafts'] {
  return candidates<{ key: string; value: string }>(db, terms, 'drafts', ['value'], 'key, value').flatMap((d) => {
    const value = redact(d.value);
    return value === d.value ? [] : [{ key: d.key, value }];
  });
}

/**
 * Other records. One no incident names goes if it names them (an older Makegood kept a record
 * after "Make anonymous"); someone else's keeps their own details and loses the mention in its note.
 */
function planOtherCustomers(db: Db, terms: Terms, redact: Redact, theirs: Set<number>): { removed: number[]; notes: ErasePlan['notes'] } {
  const all = mentionFilter(terms, ['name', 'phone', 'email', 'note'], dialectOf(db));
  const unlinked = db
    .prepare(
      `SELECT id, name, phone, email, note FROM customers c
       WHERE ${all.sql} AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.customer_id = c.id)`,
    )
    .all(...all.params) as (Person & { note: string })[];
  const removed = unlinked.filter((c) => !theirs.has(c.id) && [c.name, c.phone, c.email, c.note].some((v) => redact(v) !== v)).map((c) => c.id);
  const gone = new Set([...theirs, ...removed]);
  const notes = candidates<{ id: number; note: string }>(db, terms, 'customers', ['note'], 'id, note').flatMap((c) => {
    const note = redact(c.note);
    return gone.has(c.id) || note === c.note ? [] : [{ id: c.id, note }];
  });
  return { removed, notes };
}

/** Reads everything erasing `customerId` changes, and the redacted values it would write. */
export function planErase(db: Db, customerId: number): ErasePlan {
  const people = recordsOf(db, customerId);
  const theirs = new Set(people.map((p) => p.id));
  const terms = termsFor(people);
  const redact = redactor(terms);

  // Their incidents, and any other (live or deleted) whose text may mention them: one pass.
  const f = mentionFilter(terms, ['what_happened', 'internal_note', 'five_whys'], dialectOf(db));
  type IncidentRow = { id: number; ref: string; customer_id: number | null; what_happened: string; internal_note: string; five_whys: string };
  const incidentRows = db
    .prepare(
      `SELECT id, ref, customer_id, what_happened, internal_note, five_whys FROM incidents
       WHERE customer_id IN ${idsIn(db)} OR ${f.sql} ORDER BY id`,
    )
    .all(json(theirs), ...f.params) as IncidentRow[];
  const anonymous: Ref[] = [];
  const mentioned = new Set<number>();
  const incidents: ErasePlan['incidents'] = [];
  for (const i of incidentRows) {
    const next = { id: i.id, whatHappened: redact(i.what_happened), internalNote: redact(i.internal_note), fiveWhys: redact(i.five_whys) };
    const textChanged = next.whatHappened !== i.what_happened || next.internalNote !== i.internal_note || next.fiveWhys !== i.five_whys;
    if (textChanged) incidents.push(next);
    if (i.customer_id !== null && theirs.has(i.customer_id)) anonymous.push({ id: i.id, ref: i.ref });
    else if (textChanged) mentioned.add(i.id);
  }
  const anonymousIds = new Set(anonymous.map((i) => i.id));
  const mention = (incidentId: number) => {
    if (!anonymousIds.has(incidentId)) mentioned.add(incidentId);
  };

  const compensations = candidates<{ id: number; incident_id: number; description: string }>(
    db,
    terms,
    'compensations',
    ['description'],
    'id, incident_id, description',
  ).flatMap((c) => {
    const description = redact(c.description);
    if (description === c.description) return [];
    mention(c.incident_id);
    return [{ id: c.id, description }];
  });
  const events = [...planEvents(db, terms, redact, anonymousIds)].map(([id, e]) => {
    mention(e.incidentId);
    return { id, from: e.from, to: e.to };
  });
  const others = planOtherCustomers(db, terms, redact, theirs);
  const notedIncidents = db
    .prepare(`SELECT id FROM incidents WHERE customer_id IN ${idsIn(db)}`)
    .pluck()
    .all(json(others.notes.map((n) => n.id))) as number[];

  const refOf = db.prepare('SELECT ref FROM incidents WHERE id = ?').pluck();
  return {
    customerIds: [...theirs, ...others.removed],
    anonymous,
    mentionedIn: [...mentioned].sort((a, b) => a - b).map((id) => ({ id, ref: refOf.get(id) as string })),
    incidents,
    compensations,
    events,
    lessons: planLessons(db, terms, redact),
    drafts: planDrafts(db, terms, redact),
    notes: others.notes,
    searchRows: [...new Set([...anonymousIds, ...mentioned, ...notedIncidents])],
  };
}
