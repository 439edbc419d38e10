import { initial } from '../migrations/0001-initial';
import type { Migration } from '../migrations/types';
import { BASELINE_RULES } from './baselineRules';
import { BASELINE_TABLES } from './baselineTables';
import { PG_FOLLOWED_UP_INDEX } from './0012-followed-up-index';
import { PG_COUNTS_AND_SAVE_KEYS } from './0013-counts-and-save-keys';
import { PG_CUSTOMER_KEYS } from './0014-customer-keys';
import { PG_DAY_TOTALS } from './0015-day-totals';
import { PG_DAY_TOTALS_HELD } from './0016-day-totals-held';
import { PG_CUSTOMER_NAMES } from './0017-customer-names';
import { PG_SEARCH_NUMBER_PAIRS } from './0018-search-number-pairs';
import { PG_BREAKDOWN_DAYS } from './0019-breakdown-days';
import { PG_WORDS_BY_STATEMENT } from './0020-words-by-statement';

// Frozen once landed, as the SQLite list is (tests/migrations/frozen.test.ts holds the hashes).
//
// The shared database keeps the same numbered list as the SQLite file. It starts at version 11:
// its first step builds, in one transaction, the schema SQLite reached at 11 (tests/migrations/
// schema.sql), said the way PostgreSQL says it. Each later version is written once per engine,
// under the same number, in the same change.
//
// How the two say the same thing:
//   - ids are identities (a given id may still be inserted, as a restore of SQLite's rows does);
//   - instants stay ISO text in UTC, of one shape, so they sort as text and export byte for byte;
//     every text column sorts by code point (COLLATE "C"), as SQLite's BINARY does;
//   - flags stay 0/1 integers, money stays integer minor units (bigint);
//   - status is a stored generated column with SQLite's rule;
//   - the domain rules of 0008 are triggers that raise the same 'makegood:…' messages;
//   - search: incidents_fts holds each live incident's words as a tsvector with a GIN index.
//     makegood_words() splits text as SQLite's unicode61 tokenizer (remove_diacritics 2) does:
//     lower case, Latin accents taken off, split at anything not a letter or a digit, in ICU's
//     root collation whatever the columns' or the database's (under "C", lower() and [:alnum:]
//     know ASCII only, and every Greek, Cyrillic or CJK word would vanish), so one word
//     finds the same incidents on both (tests/integration/pg-search-words.test.ts); a "word" longer
//     than PostgreSQL's 2,046-byte lexeme keeps its first 511 characters rather than refuse the save;
//   - the starting lists are 0001's rows (its seed), written after the SQL.
//   - import_batch_rows names its key rowid, the name the code reads on both engines.
export const PG_BASELINE: Migration = {
  version: 11,
  name: 'baseline-as-sqlite-11',
  seed: initial.seed,
  sql: BASELINE_TABLES + BASELINE_RULES,
};

/** Every PostgreSQL migration, in order: versions continue the SQLite list's numbers. */
export const PG_MIGRATIONS: readonly Migration[] = [PG_BASELINE, PG_FOLLOWED_UP_INDEX, PG_COUNTS_AND_SAVE_KEYS, PG_CUSTOMER_KEYS, PG_DAY_TOTALS, PG_DAY_TOTALS_HELD, PG_CUSTOMER_NAMES, PG_SEARCH_NUMBER_PAIRS, PG_BREAKDOWN_DAYS, PG_WORDS_BY_STATEMENT];
