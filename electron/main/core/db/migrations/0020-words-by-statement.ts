import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// The shared database's 0020 (db/pg/0020-words-by-statement.ts) finds a statement's new incidents'
// search words in one pass. SQLite's FTS5 triggers are its own: nothing changes here, and the
// version is recorded, as both engines keep one numbered list.
export const wordsByStatement: Migration = {
  version: 20,
  name: 'words-by-statement',
  sql: `
      SELECT 1;
    `,
};
