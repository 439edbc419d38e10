// repeat_customers (docs/domain.md): the people with an incident in the period and another
// incident in the 90 days before that one. Reads only the period and the 90 days before it
// (incidents_occurred), and matches those records among themselves: union-find over the
// records that share a phone's last 7 digits or an email, each pair checked by samePerson.
import { addDays } from 'date-fns';
import { samePerson } from '../../../../shared/customerMatch';
import type { Db } from '../db/open';
import { lookupKeys } from '../repos/people';

/** How far back "another incident" may be: 90 days on the shop's calendar, counted back from the incident's moment. */
export const REPEAT_WINDOW_DAYS = 90;

interface Row {
  id: number;
  at: string;
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

/** The people (customer records joined into persons) of these rows, as a map from record id to its person's root. */
export function groupPeople(rows: readonly Pick<Row, 'customerId' | 'name' | 'phone' | 'email'>[]): Map<number, number> {
  const parent = new Map<number, number>();
  const records = new Map<number, Pick<Row, 'customerId' | 'name' | 'phone' | 'email'>>();
  for (const r of rows) {
    parent.set(r.customerId, r.customerId);
    records.set(r.customerId, r);
  }
  // Records can only match when they share a key: compare within each key's bucket.
  const buckets = new Map<string, number[]>();
  for (const r of records.values()) {
    const { tail, email } = lookupKeys(r);
    for (const key of [tail === null ? null : `p${tail}`, email === null ? null : `e${email}`]) {
      if (key === null) continue;
      const bucket = buckets.get(key) ?? [];
      bucket.push(r.customerId);
      buckets.set(key, bucket);
    }
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (find(parent, a) === find(parent, b) || !samePerson(records.get(a)!, records.get(b)!)) continue;
        parent.set(find(parent, a), find(parent, b));
      }
    }
  }
  for (const id of parent.keys()) find(parent, id);
  return new Map([...parent.keys()].map((id) => [id, find(parent, id)]));
}

/** For the period [fromIso, toIso): how many people came back within 90 days, and how many people there were. */
export function repeatCustomers(db: Db, fromIso: string, toIso: string): { repeatCustomers: number; people: number } {
  const windowFrom = addDays(new Date(fromIso), -REPEAT_WINDOW_DAYS).toISOString();
  const rows = db
    .prepare(
      `SELECT i.id, i.occurred_at AS at, c.id AS customerId, c.name, c.phone, c.email
       FROM incidents i INDEXED BY incidents_occurred JOIN customers c ON c.id = i.customer_id
       WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
       ORDER BY i.occurred_at, i.id`,
    )
    .all(windowFrom, toIso) as Row[];
  const personOf = groupPeople(rows);
  const seen = new Map<number, string[]>();
  const people = new Set<number>();
  const repeat = new Set<number>();
  for (const r of rows) {
    const person = personOf.get(r.customerId)!;
    const earlier = seen.get(person) ?? [];
    if (r.at >= fromIso) {
      people.add(person);
      // Another incident no more than 90 days before this one (the earlier one may be in the period too).
      const since = addDays(new Date(r.at), -REPEAT_WINDOW_DAYS).toISOString();
      if (earlier.some((at) => at >= since)) repeat.add(person);
    }
    earlier.push(r.at);
    seen.set(person, earlier);
  }
  return { repeatCustomers: repeat.size, people: people.size };
}
