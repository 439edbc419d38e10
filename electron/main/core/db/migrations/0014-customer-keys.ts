import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// What a customer is looked up by, as columns: the last 7 digits of the phone (0010's expression)
// and the email in lower case (0011's), each NULL when the field is blank, and the name in lower
// case (A-Z only, as LIKE compares). On the shared database they are stored, so the month's
// returning customers read the keys from an index instead of working them out again for every
// incident of four months, and search everywhere reads the names lowered (db/pg/0014-customer-keys.ts).
// SQLite works them out as they are read (VIRTUAL: nothing stored, nothing to rewrite in a shop's
// file) and keeps using 0010's and 0011's indexes; the columns are here so both engines have the
// same columns by the same names (tests/integration/pg/migrations.test.ts).
export const customerKeys: Migration = {
  version: 14,
  name: 'customer-keys',
  sql: `
      ALTER TABLE customers ADD COLUMN phone_tail text GENERATED ALWAYS AS (
        CASE WHEN phone <> '' THEN substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
          phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7) END
      ) VIRTUAL;
      ALTER TABLE customers ADD COLUMN email_key text GENERATED ALWAYS AS (
        CASE WHEN email <> '' THEN lower(trim(email)) END
      ) VIRTUAL;
      ALTER TABLE customers ADD COLUMN name_lower text GENERATED ALWAYS AS (lower(name)) VIRTUAL;
    `,
};
