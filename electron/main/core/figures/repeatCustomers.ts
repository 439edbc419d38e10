// repeat_customers (docs/domain.md): the people with an incident in the period and another
// incident in the 90 days before that one. Reads only the period and the 90 days before it
// (incidents_occurred), and matches those records among themselves: union-find over the
// records that share a phone's last 7 digits or an email, each pair checked by samePerson.
import { addDays } from 'date-fns';
import { emailKey, nameWords, wordsAgree } from '../../../../shared/customerMatch';
import { phoneDigits, sameDigits } from '../../../../shared/phone';
import type { Db } from '../db/open';
import { lookupKeys } from '../repos/people';
import { PHONE_TAIL } from '../repos/phoneTail';

/** How far back "another incident" may be: 90 days on the shop's calendar, counted back from the incident's moment. */
export const REPEAT_WINDOW_DAYS = 90;

// The window's incidents with a customer, keyed as the indexes key them (0010's phone tail, 0011's
// email). SQLite keeps only the rows whose key (or record) another row shares: only they can be one
// person with another incident, and the rest never reach JavaScript (18,000 rows a month at 100,000).
export const WINDOW_ROWS = `
  WITH w AS MATERIALIZED (
    SELECT i.id, i.occurred_at AS at, c.id AS customerId, c.name, c.phone, c.email,
      CASE WHEN phone <> '' THEN ${PHONE_TAIL} END AS tail,
      CASE WHEN email <> '' THEN lower(trim(email)) END AS ekey
    FROM incidents i INDEXED BY incidents_occurred JOIN customers c ON c.id = i.customer_id
    WHERE i.deleted_at IS NULL AND i.occurred_at >= :from AND i.occurred_at < :to
  )
  SELECT id, at, customerId, name, phone, email FROM w
  WHERE tail IN (SELECT tail FROM w WHERE tail IS NOT NULL GROUP BY tail HAVING count(*) > 1)
     OR ekey IN (SELECT ekey FROM w WHERE ekey IS NOT NULL GROUP BY ekey HAVING count(*) > 1)
     OR customerId IN (SELECT customerId FROM w GROUP BY customerId HAVING count(*) > 1)
  ORDER BY at, id`;

/** Customer records with an incident in the period; records that are one person are taken off after. */
const PEOPLE_IN_PERIOD = `SELECT count(DISTINCT customer_id) FROM incidents INDEXED BY incidents_occurred
  WHERE deleted_at IS NULL AND occurred_at >= :from AND occurred_at < :to AND customer_id IS NOT NULL`;

/** How many of the period's records are joined to another of the period's records (so the people are fewer). */
function merged(personOf: Map<number, number>, rows: readonly Row[], fromIso: string): number {
  const records = new Set(rows.filter((r) => r.at >= fromIso).map((r) => r.customerId));
  const persons = new Set([...records].map((id) => personOf.get(id)));
  return records.size - persons.size;
}

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

type Contactable = Pick<Row, 'customerId' | 'name' | 'phone' | 'email'>;

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

/** For the period [fromIso, toIso): how many people came back within 90 days, and how many people there were. */
export function repeatCustomers(db: Db, fromIso: string, toIso: string): { repeatCustomers: number; people: number } {
  const windowFrom = addDays(new Date(fromIso), -REPEAT_WINDOW_DAYS).toISOString();
  const rows = db.prepare(WINDOW_ROWS).all({ from: windowFrom, to: toIso }) as Row[];
  const people = db.prepare(PEOPLE_IN_PERIOD).pluck().get({ from: fromIso, to: toIso }) as number;
  const personOf = groupPeople(rows);
  const seen = new Map<number, string[]>();
  const repeat = new Set<number>();
  for (const r of rows) {
    const person = personOf.get(r.customerId)!;
    const earlier = seen.get(person) ?? [];
    if (r.at >= fromIso) {
      // Another incident no more than 90 days before this one (the earlier one may be in the period too).
      const since = addDays(new Date(r.at), -REPEAT_WINDOW_DAYS).toISOString();
      if (earlier.some((at) => at >= since)) repeat.add(person);
    }
    earlier.push(r.at);
    seen.set(person, earlier);
  }
  return { repeatCustomers: repeat.size, people: people - merged(personOf, rows, fromIso) };
}
