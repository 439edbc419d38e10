// repeat_customers (docs/domain.md): the people with an incident in the period and another
// incident in the 90 days before that one. Reads only the period and the 90 days before it
// (incidents_occurred). Records are first joined by their keys alone (a phone's last 7 digits,
// an email): only a group with two incidents 90 days apart or less can hold a repeat customer,
// and only those groups are matched in full (names too, union-find, samePerson's rule).
import { addDays } from 'date-fns';
import { emailKey, nameWords, wordsAgree } from '../../../../shared/customerMatch';
import { phoneDigits, sameDigits } from '../../../../shared/phone';
import { bySql } from '../db/engine';
import type { Db } from '../db/open';
import { lookupKeys } from '../repos/people';

/** How far back "another incident" may be: 90 days on the shop's calendar, counted back from the incident's moment. */
export const REPEAT_WINDOW_DAYS = 90;

// The window's incidents with a customer, with their customer's keys (0014's columns: a phone's
// last 7 digits, an email in lower case). Only the rows whose key another row shares are kept: the
// rest cannot be anyone's second incident, and never reach JavaScript. (Each incident has its own
// customer record, so two incidents of one record share its keys; a record with neither phone nor
// email matches nobody.) SQLite works the keys out as it reads them; PostgreSQL stores them, and
// reads the incidents and the keys from two covering indexes (0014), never the tables.
const windowRows = (rows: string) => `
  WITH w AS MATERIALIZED (
    SELECT i.id, i.occurred_at AS at, i.customer_id AS "customerId", c.phone_tail AS tail, c.email_key AS ekey
    FROM ${rows}
  )
  SELECT id, at, "customerId", tail, ekey FROM w
  WHERE tail IN (SELECT tail FROM w WHERE tail IS NOT NULL GROUP BY tail HAVING count(*) > 1)
     OR ekey IN (SELECT ekey FROM w WHERE ekey IS NOT NULL GROUP BY ekey HAVING count(*) > 1)
  ORDER BY at, id`;

export const WINDOW_ROWS = windowRows(
  `incidents i INDEXED BY incidents_occurred JOIN customers c ON c.id = i.customer_id
    WHERE i.deleted_at IS NULL AND i.occurred_at >= :from AND i.occurred_at < :to`,
);

export const PG_WINDOW_ROWS = windowRows(
  `incidents i JOIN customers c ON c.id = i.customer_id
    WHERE i.deleted_at IS NULL AND i.customer_id IS NOT NULL AND i.occurred_at >= :from AND i.occurred_at < :to`,
);

const CONTACTS = {
  sqlite: 'SELECT c.id AS "customerId", c.name, c.phone, c.email FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value',
  postgres: `SELECT c.id AS "customerId", c.name, c.phone, c.email
    FROM jsonb_array_elements_text(?::jsonb) WITH ORDINALITY j (value, n) JOIN customers c ON c.id = j.value::bigint ORDER BY j.n`,
};

interface WindowRow {
  id: number;
  at: string;
  customerId: number;
  tail: string | null;
  ekey: string | null;
}

interface Row {
  customerId: number;
  name: string;
  phone: string;
  email: string;
}

function find(parent: Map<number, number>, x: number): number {
  let root = x;
  while (parent.get(root) !== root) root = parent.get(root)!;
  // Path halving keeps the next finds short.
  while (parent.get(x) !== root) {
    const next = parent.get(x)!;
    parent.set(x, root);
    x = next;
  }
  return root;
}

type Contactable = Row;

/** The people (customer records joined into persons) of these rows, as a map from record id to its person's root. */
export function groupPeople(rows: readonly Contactable[]): Map<number, number> {
  const parent = new Map<number, number>();
  // Each record's words, digits and email once: a bucket compares its records pairwise.
  const records = new Map<number, { words: string[]; digits: string; email: string }>();
  const buckets = new Map<string, number[]>();
  for (const r of rows) {
    if (records.has(r.customerId)) continue;
    parent.set(r.customerId, r.customerId);
    const words = nameWords(r.name);
    records.set(r.customerId, { words, digits: phoneDigits(r.phone), email: emailKey(r.email.trim()) });
    // A blank name matches nobody: no bucket.
    if (words.length === 0) continue;
    // Records can only match when they share a key: compare within each key's bucket.
    const { tail, email } = lookupKeys(r);
    for (const key of [tail === null ? null : `p${tail}`, email === null ? null : `e${email}`]) {
      if (key === null) continue;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r.customerId);
      else buckets.set(key, [r.customerId]);
    }
  }
  const same = (a: number, b: number) => {
    const ra = records.get(a)!;
    const rb = records.get(b)!;
    return (sameDigits(ra.digits, rb.digits) || (ra.email !== '' && ra.email === rb.email)) && wordsAgree(ra.words, rb.words);
  };
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (find(parent, a) === find(parent, b) || !same(a, b)) continue;
        parent.set(find(parent, a), find(parent, b));
      }
    }
  }
  return new Map([...parent.keys()].map((id) => [id, find(parent, id)]));
}

/** Whether, in these incidents (oldest first), one in the period has another no more than 90 days before it. */
function cameBack(ats: readonly string[], fromIso: string): boolean {
  for (let i = 1; i < ats.length; i++) {
    // The one just before is the closest: the earlier one may be in the period too.
    if (ats[i]! >= fromIso && ats[i - 1]! >= addDays(new Date(ats[i]!), -REPEAT_WINDOW_DAYS).toISOString()) return true;
  }
  return false;
}

/** Incidents' times grouped by a person (the root of their records), oldest first. */
function timesBy(rows: readonly WindowRow[], rootOf: (customerId: number) => number): Map<number, string[]> {
  const times = new Map<number, string[]>();
  for (const r of rows) {
    const root = rootOf(r.customerId);
    const list = times.get(root);
    if (list) list.push(r.at);
    else times.set(root, [r.at]);
  }
  return times;
}

/** For the period [fromIso, toIso): how many people came back within 90 days of an earlier incident. */
export function repeatCustomers(db: Db, fromIso: string, toIso: string): { repeatCustomers: number } {
  const windowFrom = addDays(new Date(fromIso), -REPEAT_WINDOW_DAYS).toISOString();
  const rows = db.prepare(bySql(db, { sqlite: WINDOW_ROWS, postgres: PG_WINDOW_ROWS })).all({ from: windowFrom, to: toIso }) as WindowRow[];
  // By keys alone first (cheap): a group with no two incidents close enough holds no repeat customer.
  const parent = new Map<number, number>();
  const firstWithKey = new Map<string, number>();
  for (const r of rows) {
    if (!parent.has(r.customerId)) parent.set(r.customerId, r.customerId);
    for (const key of [r.tail === null ? null : `p${r.tail}`, r.ekey === null ? null : `e${r.ekey}`]) {
      if (key === null) continue;
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, r.customerId);
      else parent.set(find(parent, r.customerId), find(parent, other));
    }
  }
  const close = new Set([...timesBy(rows, (id) => find(parent, id))].filter(([, ats]) => cameBack(ats, fromIso)).map(([root]) => root));
  const ids = [...parent.keys()].filter((id) => close.has(find(parent, id)));
  if (ids.length === 0) return { repeatCustomers: 0 };
  // Those groups in full: the same person by name and contact.
  const personOf = groupPeople(db.prepare(bySql(db, CONTACTS)).all(JSON.stringify(ids)) as Row[]);
  const candidates = rows.filter((r) => personOf.has(r.customerId));
  let count = 0;
  for (const ats of timesBy(candidates, (id) => personOf.get(id)!).values()) if (cameBack(ats, fromIso)) count++;
  return { repeatCustomers: count };
}
