import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// Search everywhere looks for a name's words anywhere in every customer's lowered name (0014's
// name_lower), newest first. Through the table that reads each whole row (phone, email, notes):
// 8 ms over 55,000 customers, twice SQLite's. This index holds the id and the lowered name alone,
// so the words are looked for in the index (an Index Only Scan Backward, once VACUUM has marked
// the pages), and the rows are read for the hits only: 5 ms (repos/searchPeople.ts).
export const PG_CUSTOMER_NAMES: Migration = {
  version: 17,
  name: 'customer-names',
  sql: `
      CREATE INDEX customers_names ON customers (id) INCLUDE (name_lower);
    `,
};
