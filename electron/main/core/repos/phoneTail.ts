import { bySql } from '../db/engine';

/**
 * A customer's phone as its last 7 digits, written exactly as migration 0010's index
 * customers_phone_tail is, so SQLite answers from the index (tests/integration/query-plans.test.ts).
 */
export const PHONE_TAIL = `substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7)`;

/** The same on PostgreSQL, written exactly as the PG baseline's customers_phone_tail index is, so the index answers. */
export const PG_PHONE_TAIL = `right(translate(phone, ' -.()+/' || chr(9) || chr(160), ''), 7)`;

/** The phone-tail expression for `db`'s engine. */
export const phoneTail = (db: object): string => bySql(db, { sqlite: PHONE_TAIL, postgres: PG_PHONE_TAIL });
