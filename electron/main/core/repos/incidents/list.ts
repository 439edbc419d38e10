import { endOfDay } from 'date-fns';
import type { z } from 'zod';
import type { HomeResponse, IncidentFilter, IncidentListRequest, IncidentListResponse } from '../../../../../shared/schemas/incident';
import { toStoredInstant } from '../../context';
import { type Dialect, dialectOf } from '../../db/engine';
import type { Db } from '../../db/open';
import { pgIds } from '../people';
import { LIST_COLUMNS, type ListDbRow, toListRow } from './rows';
import { type PgSearch, pgSearch } from './searchWords';

type Filter = z.output<typeof IncidentFilter>;

/**
 * Turns what a person typed into an FTS5 query: every word must match, as a prefix, and
 * nothing they type can be read as FTS syntax (each word is quoted).
 */
export function toFtsQuery(text: string): string | null {
  const words = text
    // Control characters split words too: a NUL inside a quoted FTS word ends the query early.
    .split(/[\s\p{Cc}]+/u)
    .map((w) => w.replaceAll('"', ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** The incidents whose words match `:fts` (FTS5's MATCH text), as ids. */
export const MATCHING_IDS = 'SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :fts';

/** The same on PostgreSQL, from the GIN indexes of incidents_fts (searchWords.ts pgSearch), with `search.params`. */
export const pgMatchingIds = (search: PgSearch): string => `SELECT id FROM incidents_fts WHERE ${search.where}`;

/**
 * A common word on PostgreSQL (over SORT_AT_MOST matches): each incident's words read by its id as
 * the date index is walked. As a subquery it cannot become a join, and in coalesce() the planner
 * takes it for one row in two rather than trust the GIN estimate of a prefix query (40 rows where
 * 20,000 match "forty min", for which it sorted them all: 168-830 ms against 0.4 ms at 100,000).
 */
export const PG_WALK_MATCH = 'coalesce((SELECT f.words FROM incidents_fts f WHERE f.id = i.id) @@ :fts::tsquery, false)';

/** WHERE clause from fixed fragments; every value a person typed is a bound parameter. */
export function whereClause(
  filter: Filter,
  dialect: Dialect = 'sqlite',
  /**
   * PostgreSQL's plan for a word (listIncidents): its matches, found first, looked up by id. (A
   * common word's walk, pgWalk, checks the word itself.)
   */
  pgMatches?: readonly number[],
): {
  sql: string;
  params: Record<string, string | number>;
  /** The FTS query when searching (toTsQuery's on PostgreSQL); `searchOnly` when nothing else narrows the list. */
  fts: string | null;
  /** PostgreSQL's search, as its indexes answer it. */
  pg: PgSearch | null;
  searchOnly: boolean;
} {
  // A deleted incident is in no list; first, so every plan keeps the index's deleted_at column.
  const parts: string[] = ['i.deleted_at IS NULL'];
  const params: Record<string, string | number> = {};
  const add = (sql: string, name: string, value: string | number) => {
    parts.push(sql);
    params[name] = value;
  };
  if (filter.status !== undefined) add('i.status = :status', 'status', filter.status);
  if (filter.categoryId !== undefined) add('i.category_id = :categoryId', 'categoryId', filter.categoryId);
  if (filter.rootCauseId !== undefined) add('i.root_cause_id = :rootCauseId', 'rootCauseId', filter.rootCauseId);
  if (filter.channel !== undefined) add('i.channel = :channel', 'channel', filter.channel);
  if (filter.severity !== undefined) add('i.severity = :severity', 'severity', filter.severity);
  if (filter.handledById !== undefined) add('i.handled_by_id = :handledById', 'handledById', filter.handledById);
  if (filter.from !== undefined) add('i.occurred_at >= :from', 'from', toStoredInstant(filter.from));
  if (filter.to !== undefined) add('i.occurred_at < :to', 'to', toStoredInstant(filter.to));
  const pg = filter.q === undefined || dialect !== 'postgres' ? null : pgSearch(filter.q);
  const fts = filter.q === undefined ? null : dialect === 'postgres' ? (pg?.fts ?? null) : toFtsQuery(filter.q);
  if (fts !== null && pgMatches !== undefined) add('i.id = ANY (:ids::integer[])', 'ids', pgIds(pgMatches));
  else if (pg !== null) {
    parts.push(`i.id IN (${pgMatchingIds(pg)})`);
    Object.assign(params, pg.params);
  } else if (fts !== null) add(`i.id IN (${MATCHING_IDS})`, 'fts', fts);
  // Searching alone, the FTS index can count on its own: a deleted incident's words are not in it.
  return { sql: `WHERE ${parts.join(' AND ')}`, params, fts, pg, searchOnly: fts !== null && parts.length === 2 };
}

/** Above this many matches of a word, walking the date index newest first beats sorting them all. */
export const SORT_AT_MOST = 1000;

/** Counts a word's matches from the search index alone (a deleted incident's words are not in it). */
const FTS_COUNT = 'SELECT count(*) AS n FROM incidents_fts WHERE incidents_fts MATCH :fts';
const pgFtsCount = (search: PgSearch) => `SELECT count(*) AS n FROM incidents_fts WHERE ${search.where}`;

/**
 * PostgreSQL: a rare word's matches (at most SORT_AT_MOST) from the GIN index, to look up by id and
 * sort; 'walk' for a common word, whose newest matches are usually near the start of the date index.
 * Searching alone, the journal's total is the count of matches, so it is counted first and decides
 * (`total`); with other filters, the first SORT_AT_MOST + 1 matches decide.
 */
function pgPlanFor(db: Db, search: PgSearch, searchOnly: boolean): { plan: number[] | 'walk'; total?: number } {
  if (searchOnly) {
    const total = (db.prepare(pgFtsCount(search)).get(search.params) as { n: number }).n;
    return { plan: total <= SORT_AT_MOST ? (db.prepare(pgMatchingIds(search)).pluck().all(search.params) as number[]) : 'walk', total };
  }
  return { plan: pgRareMatches(db, search) ?? 'walk' };
}

/** PostgreSQL: a word's matches by id when it is rare (SORT_AT_MOST at most, from the GIN indexes); null for a common word. */
export function pgRareMatches(db: Db, search: PgSearch): number[] | null {
  const ids = db.prepare(`${pgMatchingIds(search)} LIMIT :limit`).pluck().all({ ...search.params, limit: SORT_AT_MOST + 1 }) as number[];
  return ids.length <= SORT_AT_MOST ? ids : null;
}

/** How many incidents a common word's walk looks at before it sorts every match instead. */
const WALK_AT_MOST = 2000;

/**
 * A common word on PostgreSQL (over SORT_AT_MOST matches), newest first. First the newest
 * WALK_AT_MOST incidents that `where` keeps are each checked for the word (PG_WALK_MATCH): a word
 * in many recent incidents is done there (1 ms for "minutes" at 100,000). When they hold fewer
 * than `limit` matches, the word's matches are mostly older (the prefix of an old ref, "MG-2",
 * matches 11,000 incidents from the first year): every match's id is read from the GIN index in
 * one value, and the newest are kept from those ids (pgNewestOfSql). Bounded by the number of
 * matches, where walking on to the first year took 86 ms. `where` keeps incidents without the
 * word and starts with "WHERE"; the columns are read for the page's rows only.
 */
export function pgCommonWord<T>(db: Db, q: { columns: string; joins: string; where: string; params: Record<string, unknown>; search: PgSearch; limit: number }): T[] {
  const walked = db.prepare(pgWalkSql(q.columns, q.joins, q.where)).all({ ...q.params, fts: q.search.fts, limit: q.limit, scan: WALK_AT_MOST }) as T[];
  if (walked.length === q.limit) return walked;
  const ids = db.prepare(pgAllMatches(q.search)).pluck().get(q.search.params) as string | null;
  if (ids === null) return walked;
  return db.prepare(pgNewestOfSql(q.columns, q.joins, q.where)).all({ ...q.params, ids, limit: q.limit }) as T[];
}

/** Every match of the search, as one array value ('{3,17,…}'; NULL when none). */
export const pgAllMatches = (search: PgSearch): string => `SELECT array_agg(id)::text FROM (${pgMatchingIds(search)}) m`;

/** pgCommonWord's walk: :scan bounds the incidents looked at, :limit the matches kept. */
export const pgWalkSql = (columns: string, joins: string, where: string): string =>
  `SELECT ${columns} FROM (SELECT i.* FROM incidents i ${where} ${NEWEST_FIRST.postgres} LIMIT :scan) i ${joins}
   WHERE ${PG_WALK_MATCH} ${NEWEST_FIRST.postgres} LIMIT :limit`;

/**
 * The newest :limit of the incidents `:ids` (a word's matches) that `where` keeps. Given the ids as
 * a value, PostgreSQL hashes them: it walks incidents_occurred from the newest and checks each
 * against the hash, or looks each id up when they are few (planned with the value). Only the key
 * is sorted; the columns are read for the page's rows (11,111 matches of "MG-2": 9-11 ms, where
 * looking up and sorting every matching row took 30-38 ms at 100,000).
 */
export const pgNewestOfSql = (columns: string, joins: string, where: string): string =>
  `SELECT ${columns} FROM (SELECT i.id FROM incidents i ${where} AND i.id = ANY (:ids::integer[]) ${NEWEST_FIRST.postgres} LIMIT :limit) t
   JOIN incidents i ON i.id = t.id ${joins} ${NEWEST_FIRST.postgres}`;

/**
 * Newest first. PostgreSQL walks an index (deleted_at, occurred_at, id) in that order only when
 * the ORDER BY names deleted_at too (IS NULL is no equality to its planner); every listed
 * incident's deleted_at is NULL, so the order is the same (0.2 ms against 95 ms at 100,000).
 */
export const NEWEST_FIRST: Record<Dialect, string> = {
  sqlite: 'ORDER BY i.occurred_at DESC, i.id DESC',
  postgres: 'ORDER BY i.deleted_at DESC, i.occurred_at DESC, i.id DESC',
};

/** One page of the journal, newest first, keyset-paged on (occurred_at, id). */
export function listIncidents(db: Db, request: z.output<typeof IncidentListRequest>): IncidentListResponse {
  const dialect = dialectOf(db);
  const first = whereClause(request.filter, dialect);
  const pg = first.pg !== null ? pgPlanFor(db, first.pg, first.searchOnly) : undefined;
  const pgPlan = pg?.plan;
  const { sql, params, fts, searchOnly } = typeof pgPlan === 'object' ? whereClause(request.filter, dialect, pgPlan) : first;
  const cursor = request.cursor ? ' AND (i.occurred_at, i.id) < (:cursorAt, :cursorId)' : '';
  const paging: Record<string, string | number> = request.cursor
    ? { cursorAt: toStoredInstant(request.cursor.occurredAt), cursorId: request.cursor.id }
    : {};
  const joins = 'LEFT JOIN customers c ON c.id = i.customer_id';
  const countSql = searchOnly
    ? first.pg !== null
      ? pgFtsCount(first.pg)
      : FTS_COUNT
    : Object.keys(params).length === 0
      ? // Unfiltered: the one row 0013's triggers keep (PostgreSQL counted every row: 7 ms at 100,000).
        'SELECT live AS n FROM incident_count'
      : `SELECT count(*) AS n FROM incidents i ${sql}`;
  // On PostgreSQL the page brings its total as a column (an uncorrelated subquery: an InitPlan,
  // counted once): one round trip to the server, not two (0.3-0.6 ms each). SQLite has none to save.
  const totalWithPage = dialect === 'postgres' && pg?.total === undefined && pgPlan !== 'walk' && !searchOnly;
  let rows: (ListDbRow & { page_total?: number })[];
  if (pgPlan === 'walk' && first.pg !== null) {
    // A common word on PostgreSQL: the filter without the word, the word checked as the walk meets each incident.
    const rest = whereClause({ ...request.filter, q: undefined }, dialect);
    rows = pgCommonWord<ListDbRow>(db, { columns: LIST_COLUMNS, joins, where: rest.sql + cursor, params: { ...rest.params, ...paging }, search: first.pg, limit: request.limit + 1 });
  } else {
    rows = db
      .prepare(
        // Searching, walk the date index newest first and keep the matches: bounded by the
        // table's size, where sorting every match of a common word is not (measured: 3 ms vs 25 ms at 100k).
        // PostgreSQL has no such hint: a rare word's ids were found first (pgPlanFor); a common one is pgCommonWord's.
        `SELECT ${LIST_COLUMNS}${totalWithPage ? `, (${countSql}) AS page_total` : ''} FROM incidents i ${fts && dialect === 'sqlite' ? 'INDEXED BY incidents_occurred' : ''}
         ${joins} ${sql}${cursor} ${NEWEST_FIRST[dialect]} LIMIT :limit`,
      )
      .all({ ...params, ...paging, limit: request.limit + 1 }) as (ListDbRow & { page_total?: number })[];
  }
  const more = rows.length > request.limit;
  const items = (more ? rows.slice(0, request.limit) : rows).map(toListRow);
  const last = items.at(-1);
  // A page past the last row brings no row, and so no total: then it is counted on its own.
  const countParams = searchOnly ? (first.pg?.params ?? { fts }) : params;
  const total = pg?.total ?? rows[0]?.page_total ?? (db.prepare(countSql).get(countParams) as { n: number }).n;
  return {
    items,
    nextCursor: more && last ? { occurredAt: last.occurredAt, id: last.id } : null,
    total,
  };
}

const HOME_LIMIT = 20;

/** What the counter needs at a glance: promises due, promises missed, incidents still open. */
export function homeSummary(db: Db, now: Date): HomeResponse {
  const nowIso = now.toISOString();
  const endOfToday = endOfDay(now).toISOString();
  // One statement for the three lists (one round trip to a shared database, not three). Each
  // list's 20 rows are chosen first, then joined to their customers: joined before the limit,
  // PostgreSQL guessed thousands of pending follow-ups (241 at 100,000) and read every customer to
  // join them (6 ms, not 1). k keeps each list's order through the union.
  const pending = 'i.deleted_at IS NULL AND i.followed_up_at IS NULL AND i.follow_up_due_at IS NOT NULL';
  const list = (name: string, where: string, order: string) =>
    `SELECT '${name}' AS list, row_number() OVER (ORDER BY ${order}) AS k, ${LIST_COLUMNS}
     FROM (SELECT * FROM incidents i WHERE ${where} ORDER BY ${order} LIMIT ${HOME_LIMIT}) i LEFT JOIN customers c ON c.id = i.customer_id`;
  const rows = db
    .prepare(
      [
        list('dueToday', `${pending} AND i.follow_up_due_at >= :now AND i.follow_up_due_at <= :endOfToday`, 'i.follow_up_due_at, i.id'),
        list('overdue', `${pending} AND i.follow_up_due_at < :now`, 'i.follow_up_due_at, i.id'),
        list('open', "i.status = 'open' AND i.deleted_at IS NULL", NEWEST_FIRST[dialectOf(db)].slice('ORDER BY '.length)),
      ].join(' UNION ALL ') + ' ORDER BY list, k',
    )
    .all({ now: nowIso, endOfToday }) as (ListDbRow & { list: string })[];
  const of = (name: string) => rows.filter((r) => r.list === name).map(toListRow);
  // The three counts in one statement: one round trip to a shared database, not three.
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM incidents i WHERE ${pending} AND i.follow_up_due_at < :now) AS overdue,
         (SELECT count(*) FROM incidents WHERE status = 'open' AND deleted_at IS NULL) AS open,
         (SELECT count(*) FROM incidents WHERE resolved_at IS NOT NULL AND diagnosed_at IS NULL AND deleted_at IS NULL) AS "toDiagnose"`,
    )
    .get({ now: nowIso }) as { overdue: number; open: number; toDiagnose: number };
  return {
    dueToday: of('dueToday'),
    overdue: of('overdue'),
    overdueCount: counts.overdue,
    open: of('open'),
    openCount: counts.open,
    toDiagnoseCount: counts.toDiagnose,
  };
}
