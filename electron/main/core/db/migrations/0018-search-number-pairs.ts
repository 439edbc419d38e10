import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// The shared database's 0018 (db/pg/0018-search-number-pairs.ts) indexes each token that stands
// before a number, so a phrase such as "MG-2" is answered by GIN without reading every incident
// holding "mg" again. SQLite's FTS5 reads a phrase's positions from its own index: nothing changes
// here, and the version is recorded, as both engines keep one numbered list.
export const searchNumberPairs: Migration = {
  version: 18,
  name: 'search-number-pairs',
  sql: `
      SELECT 1;
    `,
};
