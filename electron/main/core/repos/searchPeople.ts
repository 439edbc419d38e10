// Search everywhere's Customers group: the people whose name, phone or email is the text typed.
// A phone through customers_phone_tail, an email through customers_email, a name by its words
// (newest records first, stopping at the limit); each hit is then widened to its person.
import { canMatch } from '../../../../shared/customerMatch';
import { phoneDigits, sameDigits } from '../../../../shared/phone';
import type { SearchResults } from '../../../../shared/schemas/search';
import type { Db } from '../db/open';
import { bySql } from '../db/engine';
import { wordsLike } from './wordsLike';
import { BY_EMAIL, BY_PHONE_TAIL, type CustomerRecord, displayRecord, incidentsOf, type KeyCache, PG_BY_PHONE_TAIL, personRecords, prefetchKeys } from './people';

/** Name hits looked at, at most: a common first name must not walk every customer to widen each. */
const NAME_HITS = 40;

function hits(db: Db, q: string, digits: string | null): CustomerRecord[] {
  if (digits !== null) {
    return (db.prepare(bySql(db, { sqlite: BY_PHONE_TAIL, postgres: PG_BY_PHONE_TAIL })).all(digits.slice(-7)) as CustomerRecord[]).filter((c) =>
      sameDigits(phoneDigits(c.phone), digits),
    );
  }
  // A stored email holds no NUL (PostgreSQL text cannot): such a text is no email on either engine.
  if (q.includes('@')) {
    if (q.includes('\0')) return [];
    return db.prepare(BY_EMAIL).all(q.trim().replace(/[A-Z]/g, (c) => c.toLowerCase())) as CustomerRecord[];
  }
  if (q.trim().length < 2) return [];
  // Newest first by id, so a common name stops early; customers are a few per incident at most.
  // PostgreSQL reads each name lowered once, when it was written (0014), from an index of the ids
  // and lowered names alone (0017), then the hits' rows by key (the ids as one array, found once
  // before the rows are read, whatever the planner guesses of how many match): 5 ms over 55,000
  // names, not 8.
  const name = wordsLike(db, q, 'name', 'name_lower');
  return db
    .prepare(
      bySql(db, {
        sqlite: `SELECT id, name, phone, email FROM customers WHERE ${name.sql} ORDER BY id DESC LIMIT ?`,
        postgres: `SELECT id, name, phone, email FROM customers WHERE id = ANY (ARRAY(SELECT id FROM customers WHERE ${name.sql} ORDER BY id DESC LIMIT ?)) ORDER BY id DESC`,
      }),
    )
    .all(...name.params, NAME_HITS) as CustomerRecord[];
}

export function searchPeople(db: Db, q: string, digits: string | null, limit: number): SearchResults['customers'] {
  const seen = new Set<number>();
  const people: SearchResults['customers'] = [];
  const found = hits(db, q, digits);
  // Every hit's keys in two statements, not one per key (a round trip each on a shared database).
  const keys: KeyCache = new Map();
  prefetchKeys(db, found.filter(canMatch), keys);
  let next = 0;
  while (people.length < limit && next < found.length) {
    // As many people as are still wanted, then their incidents in one statement (one per person
    // was a round trip each on a shared database); a person with none live is passed over, and
    // the next ones taken in another round.
    const batch: CustomerRecord[][] = [];
    while (batch.length < limit - people.length && next < found.length) {
      const hit = found[next++]!;
      if (seen.has(hit.id)) continue;
      // Without a contact a record is nobody else's: it is a person on its own.
      const records = canMatch(hit) ? personRecords(db, hit, keys) : [hit];
      for (const r of records) seen.add(r.id);
      batch.push(records);
    }
    const incidents = incidentsOf(db, batch.flatMap((records) => records.map((r) => r.id)));
    for (const records of batch) {
      const ids = new Set(records.map((r) => r.id));
      const theirs = incidents.filter((i) => ids.has(i.customerId));
      if (theirs.length === 0) continue;
      const shown = displayRecord(records)!;
      people.push({ id: shown.id, name: shown.name, phone: shown.phone, email: shown.email, incidents: theirs.length, lastAt: theirs[0]!.occurredAt });
    }
  }
  return people;
}
