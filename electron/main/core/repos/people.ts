// A person: the customer records that are one person by shared/customerMatch.ts's rule (each
// incident has its own record). Found from one record or typed details through the indexes
// customers_phone_tail (0010) and customers_email (0011), never by scanning the customers.
import { type Contact, emailKey, samePerson } from '../../../../shared/customerMatch';
import { MIN_PHONE_DIGITS, phoneDigits } from '../../../../shared/phone';
import { bySql, isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { statement } from '../domain/statements';
import { PG_PHONE_TAIL, PHONE_TAIL } from './phoneTail';

export interface CustomerRecord extends Contact {
  id: number;
}

/** More records than this in one person is not a person a screen can show; the search stops there. */
export const MAX_PERSON_RECORDS = 500;

export const BY_PHONE_TAIL = `SELECT id, name, phone, email FROM customers WHERE phone <> '' AND ${PHONE_TAIL} = ?`;
export const PG_BY_PHONE_TAIL = `SELECT id, name, phone, email FROM customers WHERE phone <> '' AND ${PG_PHONE_TAIL} = ?`;
// `email <> ''` as the partial index customers_email says, so SQLite takes it.
export const BY_EMAIL = "SELECT id, name, phone, email FROM customers WHERE email <> '' AND lower(trim(email)) = ?";

/** The index keys a record can be found by: its phone's last 7 digits, its email as the index holds it. */
export function lookupKeys(c: Contact): { tail: string | null; email: string | null } {
  const digits = phoneDigits(c.phone);
  const email = emailKey(c.email);
  return { tail: digits.length >= MIN_PHONE_DIGITS ? digits.slice(-MIN_PHONE_DIGITS) : null, email: email === '' ? null : email };
}

/**
 * The person `seed` is: every record linked to it through a chain of matches (A~B and B~C make
 * A, B and C one person), each link checked in full by samePerson on candidates the indexes give.
 * The seed itself is in the answer when it has an id.
 */
export function personRecords(db: Db, seed: Contact & { id?: number }, cache: KeyCache = new Map()): CustomerRecord[] {
  const found = new Map<number, CustomerRecord>();
  if (seed.id !== undefined) found.set(seed.id, { id: seed.id, name: seed.name, phone: seed.phone, email: seed.email });
  // Breadth first: every match of a record shares a key with it, so its candidates hold them all.
  const queue: Contact[] = [seed];
  while (queue.length > 0 && found.size < MAX_PERSON_RECORDS) {
    const record = queue.shift()!;
    // Each key is looked up once (the cache): many records of one person share their number.
    prefetchKeys(db, [record], cache);
    const { tail, email } = lookupKeys(record);
    const candidates = [...(tail === null ? [] : cache.get(`p${tail}`)!), ...(email === null ? [] : cache.get(`e${email}`)!)];
    for (const c of candidates) {
      if (found.has(c.id) || !samePerson(record, c)) continue;
      found.set(c.id, c);
      queue.push(c);
    }
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** The records each index key finds ("p" + a phone's last 7 digits, "e" + an email): personRecords's lookups, kept. */
export type KeyCache = Map<string, CustomerRecord[]>;

// On PostgreSQL the keys are one array, made before the customers are read (= ANY (ARRAY(…))): as
// `IN (SELECT …)` the planner guessed a hundred keys and read all 55,000 customers for one.
export const KEYED = {
  tail: {
    sqlite: `SELECT id, name, phone, email, ${PHONE_TAIL} AS k FROM customers WHERE phone <> '' AND ${PHONE_TAIL} IN (SELECT value FROM json_each(?))`,
    postgres: `SELECT id, name, phone, email, ${PG_PHONE_TAIL} AS k FROM customers WHERE phone <> '' AND ${PG_PHONE_TAIL} = ANY (ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))`,
  },
  email: {
    sqlite: "SELECT id, name, phone, email, lower(trim(email)) AS k FROM customers WHERE email <> '' AND lower(trim(email)) IN (SELECT value FROM json_each(?))",
    postgres: "SELECT id, name, phone, email, lower(trim(email)) AS k FROM customers WHERE email <> '' AND lower(trim(email)) = ANY (ARRAY(SELECT jsonb_array_elements_text(?::jsonb)))",
  },
};

/**
 * Looks up the keys of these records not yet in `cache`, all at once: two statements for any
 * number of records (search everywhere's hits), where one per key cost a round trip each on a
 * shared database. Prepared once per file: the Customers screen finds a person per incident it walks.
 */
export function prefetchKeys(db: Db, records: readonly Contact[], cache: KeyCache): void {
  const tails = new Set<string>();
  const emails = new Set<string>();
  for (const r of records) {
    const { tail, email } = lookupKeys(r);
    if (tail !== null && !cache.has(`p${tail}`)) tails.add(tail);
    if (email !== null && !cache.has(`e${email}`)) emails.add(email);
  }
  for (const [prefix, keys, sql] of [['p', tails, KEYED.tail], ['e', emails, KEYED.email]] as const) {
    if (keys.size === 0) continue;
    for (const k of keys) cache.set(`${prefix}${k}`, []);
    for (const { k, ...record } of statement(db, bySql(db, sql)).all(JSON.stringify([...keys])) as (CustomerRecord & { k: string })[]) {
      cache.get(`${prefix}${k}`)?.push(record);
    }
  }
}

/** The record that names the person on screen and in links: the fullest name, written with capitals, then the newest. */
export function displayRecord(records: readonly CustomerRecord[]): CustomerRecord | null {
  const rank = (r: CustomerRecord) => [r.name.trim().length, (r.name.match(/\p{Lu}/gu) ?? []).length, r.id];
  let best: CustomerRecord | null = null;
  for (const r of records) {
    if (!best) best = r;
    else {
      const [a, b] = [rank(r), rank(best)];
      const i = a.findIndex((x, k) => x !== b[k]);
      if (i !== -1 && a[i]! > b[i]!) best = r;
    }
  }
  return best;
}

export function customerRecord(db: Db, id: number): CustomerRecord | null {
  return (statement(db, 'SELECT id, name, phone, email FROM customers WHERE id = ?').get(id) as CustomerRecord | undefined) ?? null;
}

/** Ids as a PostgreSQL integer[] literal, bound as one value (`= ANY (?::integer[])`), where SQLite binds them as JSON for json_each. */
export const pgIds = (ids: readonly number[]): string => `{${ids.join(',')}}`;

export interface PersonIncident {
  id: number;
  ref: string;
  occurredAt: string;
  customerId: number;
}

/** The live incidents of these records, newest first: each looked up by incidents_customer. */
export function incidentsOf<T extends object = PersonIncident>(db: Db, customerIds: readonly number[], columns = ''): (PersonIncident & T)[] {
  if (customerIds.length === 0) return [];
  if (isPostgres(db)) {
    return statement(
      db,
      `SELECT i.id, i.ref, i.occurred_at AS "occurredAt", i.customer_id AS "customerId"${columns ? `, ${columns}` : ''}
       FROM incidents i WHERE i.customer_id = ANY (?::integer[]) AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC`,
    )    .all(pgIds(customerIds)) as (PersonIncident & T)[];
  }
  return statement(
    db,
    `SELECT i.id, i.ref, i.occurred_at AS occurredAt, i.customer_id AS customerId${columns ? `, ${columns}` : ''}
     FROM json_each(?) j CROSS JOIN incidents i INDEXED BY incidents_customer ON i.customer_id = j.value
     WHERE i.deleted_at IS NULL ORDER BY i.occurred_at DESC, i.id DESC`,
  )
    .all(JSON.stringify(customerIds)) as (PersonIncident & T)[];
}
