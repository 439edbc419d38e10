/**
 * A customer's phone as its last 7 digits, written exactly as migration 0010's index
 * customers_phone_tail is, so SQLite answers from the index (tests/integration/query-plans.test.ts).
 */
export const PHONE_TAIL = `substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7)`;
