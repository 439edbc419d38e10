import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

export const importBatches: Migration = {
  version: 9,
  name: 'import-batches',
  sql: `
      -- A large import is written in several short transactions, so other windows can save between
      -- them. Until its last one it is unfinished; an import that never finishes (refused half-way,
      -- its process killed) is removed whole, by the import itself or when the file is next opened.
      CREATE TABLE import_batches (
        id          INTEGER PRIMARY KEY,
        pid         INTEGER NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT
      ) STRICT;

      -- The rows each of its transactions added, table by table: a transaction holds the write lock,
      -- so the ids it gives are consecutive and nobody else's. Compensations and the timeline go
      -- with their incidents (ON DELETE CASCADE), the search index with its trigger.
      CREATE TABLE import_batch_rows (
        batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
        tbl      TEXT NOT NULL CHECK (tbl IN ('incidents', 'customers', 'categories', 'root_causes', 'staff')),
        first_id INTEGER NOT NULL,
        last_id  INTEGER NOT NULL,
        CHECK (first_id <= last_id)
      ) STRICT;
      CREATE INDEX import_batch_rows_batch ON import_batch_rows (batch_id);
    `,
};
