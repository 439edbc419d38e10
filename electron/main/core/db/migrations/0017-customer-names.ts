import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// The shared database's 0017 (db/pg/0017-customer-names.ts) gives search everywhere an index of
// customers' lowered names. SQLite reads names from the table's own b-tree, newest first by rowid,
// and stores no lowered name to cover: nothing changes here, and the version is recorded, as both
// engines keep one numbered list.
export const customerNames: Migration = {
  version: 17,
  name: 'customer-names',
  sql: `
      SELECT 1;
    `,
};
