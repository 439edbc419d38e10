import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// SQLite's 0014-customer-keys, stored here: the month's returning customers (figures/
// repeatCustomers.ts) read every incident of the month and the 90 days before with its customer's
// keys. Working the keys out again for each of them, and reading each incident's and customer's
// row for three columns, was 60 of the month's 120 ms at 100,000 incidents.
//   - customers.phone_tail and email_key hold the keys, kept by PostgreSQL with every write;
//     customers_keys gives them with the id, without reading the table.
//   - customers.name_lower: search everywhere finds a name by its words in lower case; lowering
//     55,000 names for each search was 6 of its 15 ms.
//   - incidents_month gives a month's incidents with their customer and resolution time, without
//     reading the table: the returning customers' window, the median time to resolve and the
//     share resolved the same day read it alone.
export const PG_CUSTOMER_KEYS: Migration = {
  version: 14,
  name: 'customer-keys',
  sql: `
      ALTER TABLE customers
        ADD COLUMN phone_tail text COLLATE "C" GENERATED ALWAYS AS (
          CASE WHEN phone <> '' THEN right(translate(phone, ' -.()+/' || chr(9) || chr(160), ''), 7) END
        ) STORED,
        ADD COLUMN email_key text COLLATE "C" GENERATED ALWAYS AS (
          CASE WHEN email <> '' THEN lower(trim(email)) END
        ) STORED,
        ADD COLUMN name_lower text COLLATE "C" GENERATED ALWAYS AS (lower(name)) STORED;
      CREATE INDEX customers_keys ON customers (id) INCLUDE (phone_tail, email_key);
      CREATE INDEX incidents_month ON incidents (occurred_at) INCLUDE (id, customer_id, resolved_at) WHERE deleted_at IS NULL;
    `,
};
