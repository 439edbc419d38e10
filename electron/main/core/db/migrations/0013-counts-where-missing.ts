import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Version 12 was said two ways. The release of 30 November ran it as the follow-ups-done index
// alone (incidents_followed_up); the next release's 0012 made that index and, in the same step,
// incident_count and the quick log's save_key (0012-counts-and-save-keys.ts, as it landed). A file
// or a shared database that reached 12 with the first never ran the second. This gives it the
// count and the key, as the second 0012 says them, and skips a file that already has them
// (incident_count is there), so every file at 13 has the same schema.
export const countsWhereMissing: Migration = {
  version: 13,
  name: 'counts-where-missing',
  skipIf: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_count'",
  sql: `
      CREATE TABLE incident_count (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        live INTEGER NOT NULL
      ) STRICT;
      INSERT INTO incident_count (id, live) SELECT 1, count(*) FROM incidents WHERE deleted_at IS NULL;
      CREATE TRIGGER incident_count_insert AFTER INSERT ON incidents WHEN NEW.deleted_at IS NULL
      BEGIN
        UPDATE incident_count SET live = live + 1;
      END;
      CREATE TRIGGER incident_count_delete AFTER DELETE ON incidents WHEN OLD.deleted_at IS NULL
      BEGIN
        UPDATE incident_count SET live = live - 1;
      END;
      CREATE TRIGGER incident_count_deleted AFTER UPDATE OF deleted_at ON incidents
        WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
      BEGIN
        UPDATE incident_count SET live = live + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL);
      END;

      ALTER TABLE incidents ADD COLUMN save_key TEXT;
      CREATE UNIQUE INDEX incidents_save_key ON incidents (save_key) WHERE save_key IS NOT NULL;
    `,
};
