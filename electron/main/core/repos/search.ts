// Search from anywhere: incidents by their words (the journal's FTS index), their ref, or their
// customer's phone in any format; lessons by title; root causes by name. Only reads.
import type { z } from 'zod';
import { MIN_PHONE_DIGITS, phoneDigits, sameDigits } from '../../../../shared/phone';
import type { SearchIncident, SearchRequest, SearchResults } from '../../../../shared/schemas/search';
import { bySql, isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { NEWEST_FIRST, pgCommonWord, pgRareMatches, SORT_AT_MOST, toFtsQuery } from './incidents/list';
import { type PgSearch, pgSearch } from './incidents/searchWords';
import { pgIds } from './people';
import { PG_PHONE_TAIL, PHONE_TAIL } from './phoneTail';
import { searchPeople } from './searchPeople';
import { wordsLike } from './wordsLike';

/** Customers whose number ends in the same 7 digits: the candidates, answered from the index. */
export const PHONE_TAIL_LOOKUP = `SELECT id, phone FROM customers WHERE phone <> '' AND ${PHONE_TAIL} = ?`;
const PG_PHONE_TAIL_LOOKUP = `SELECT id, phone FROM customers WHERE phone <> '' AND ${PG_PHONE_TAIL} = ?`;

const COLUMNS = `i.id, i.ref, substr(i.what_happened, 1, 160) AS summary, coalesce(c.name, '') AS customer,
  i.occurred_at AS "occurredAt", i.status`;
const NEWEST = 'ORDER BY i.occurred_at DESC, i.id DESC LIMIT :limit';
const PG_NEWEST = `${NEWEST_FIRST.postgres} LIMIT :limit`;

/** What a person typed as a phone number (digits and the joiners between them only), as its digits. */
export function phoneQuery(text: string): string | null {
  if (!/^[+\d\s().\-/]+$/.test(text)) return null;
  const digits = phoneDigits(text);
  return digits.length >= MIN_PHONE_DIGITS ? digits : null;
}

function incidentsByRef(db: Db, q: string, limit: number): SearchIncident[] {
  return db.prepare(`SELECT ${COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.ref IN (:q, :upper) AND i.deleted_at IS NULL ${NEWEST}`).all({
    q,
    upper: q.toUpperCase(),
    limit,
  }) as SearchIncident[];
}

/** Incidents of customers whose number is this one in any format (shared/phone.ts's rule, in full). */
function incidentsByPhone(db: Db, digits: string, limit: number): SearchIncident[] {
  const candidates = db.prepare(bySql(db, { sqlite: PHONE_TAIL_LOOKUP, postgres: PG_PHONE_TAIL_LOOKUP })).all(digits.slice(-7)) as {
    id: number;
    phone: string;
  }[];
  const ids = candidates.filter((c) => sameDigits(phoneDigits(c.phone), digits)).map((c) => c.id);
  if (ids.length === 0) return [];
  if (isPostgres(db)) {
    return db
      .prepare(`SELECT ${COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.customer_id = ANY (:ids::integer[]) AND i.deleted_at IS NULL ${PG_NEWEST}`)
      .all({ ids: pgIds(ids), limit }) as SearchIncident[];
  }
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM json_each(:ids) j CROSS JOIN incidents i INDEXED BY incidents_customer ON i.customer_id = j.value
       LEFT JOIN customers c ON c.id = i.customer_id WHERE i.deleted_at IS NULL ${NEWEST}`,
    )
    .all({ ids: JSON.stringify(ids), limit }) as SearchIncident[];
}

/** Incidents whose words match, newest first: as the journal searches (repos/incidents/list.ts). */
function incidentsByWords(db: Db, text: string, limit: number): SearchIncident[] {
  if (isPostgres(db)) {
    const search = pgSearch(text);
    return search === null ? [] : incidentsByWordsPg(db, search, limit);
  }
  const fts = toFtsQuery(text);
  if (fts === null) return [];
  const ids = db.prepare('SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? LIMIT ?').pluck().all(fts, SORT_AT_MOST + 1) as number[];
  if (ids.length === 0) return [];
  if (ids.length <= SORT_AT_MOST) {
    // A rare word: sort its few matches (0.1 ms) rather than walk every date to find them (30 ms at 100k).
    // CROSS JOIN: each id looked up by its key; SQLite would otherwise walk the date index for them.
    return db
      .prepare(
        `SELECT ${COLUMNS} FROM json_each(:ids) j CROSS JOIN incidents i ON i.id = j.value
         LEFT JOIN customers c ON c.id = i.customer_id WHERE i.deleted_at IS NULL ${NEWEST}`,
      )
      .all({ ids: JSON.stringify(ids), limit }) as SearchIncident[];
  }
  // A common word: the newest matches are near the start of the date index.
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM incidents i INDEXED BY incidents_occurred LEFT JOIN customers c ON c.id = i.customer_id
       WHERE i.deleted_at IS NULL AND i.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :fts) ${NEWEST}`,
    )
    .all({ fts, limit }) as SearchIncident[];
}

/**
 * The same plans on PostgreSQL: the GIN index gives a rare word's few ids, sorted; a common word
 * walks incidents_occurred, or keeps the newest of all its matches when the newest incidents hold too few (pgCommonWord).
 */
function incidentsByWordsPg(db: Db, search: PgSearch, limit: number): SearchIncident[] {
  const ids = pgRareMatches(db, search);
  if (ids === null) return pgCommonWord<SearchIncident>(db, { columns: COLUMNS, joins: 'LEFT JOIN customers c ON c.id = i.customer_id', where: 'WHERE i.deleted_at IS NULL', params: {}, search, limit });
  if (ids.length === 0) return [];
  return db
    .prepare(`SELECT ${COLUMNS} FROM incidents i LEFT JOIN customers c ON c.id = i.customer_id WHERE i.id = ANY (:ids::integer[]) AND i.deleted_at IS NULL ${PG_NEWEST}`)
    .all({ ids: pgIds(ids), limit }) as SearchIncident[];
}

export function searchEverywhere(db: Db, request: z.output<typeof SearchRequest>): Omit<SearchResults, 'voucher'> {
  const { q, limit } = request;
  // One character would prefix-match a good part of every word in the index (200 ms at 100,000
  // incidents): words are searched from two characters on, as the box says; a ref or a phone is not.
  const words = q.trim().length >= 2;
  const digits = phoneQuery(q);
  // An exact ref first, then the customer whose number it is, then every incident that has the words.
  // One more than shown is looked for, so the answer can say that more match (the journal lists them all).
  const wanted = limit + 1;
  const seen = new Set<number>();
  const incidents: SearchIncident[] = [];
  for (const found of [
    // No ref holds a NUL (and PostgreSQL text cannot), so such a text is no ref on either engine.
    () => (q.includes('\0') ? [] : incidentsByRef(db, q, wanted)),
    () => (digits === null ? [] : incidentsByPhone(db, digits, wanted)),
    () => (words ? incidentsByWords(db, q, wanted) : []),
  ]) {
    if (incidents.length >= wanted) break;
    for (const row of found()) {
      if (incidents.length === wanted || seen.has(row.id)) continue;
      seen.add(row.id);
      incidents.push(row);
    }
  }
  const moreIncidents = incidents.length > limit;
  if (moreIncidents) incidents.length = limit;

  const title = wordsLike(db, q, 'title');
  const lessons = db.prepare(`SELECT id, title FROM lessons WHERE ${title.sql} ORDER BY updated_at DESC, id DESC LIMIT ?`).all(...title.params, limit) as SearchResults['lessons'];
  const name = wordsLike(db, q, 'name');
  const rootCauses = db
    .prepare(`SELECT id, name, cause_group AS "group" FROM root_causes WHERE ${name.sql} ORDER BY active DESC, lower(name), name LIMIT ?`)
    .all(...name.params, limit) as SearchResults['rootCauses'];
  const customers = searchPeople(db, q, digits, Math.min(limit, 5));
  return { incidents, moreIncidents, lessons, rootCauses, customers };
}
