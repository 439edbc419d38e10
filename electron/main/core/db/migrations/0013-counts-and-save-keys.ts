import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// A count that read too much, and a save that must count once.
//
// The journal shows how many incidents there are. SQLite counts a whole table from its page
// counts; PostgreSQL reads every row (7 ms at 100,000, 8 times SQLite). incident_count keeps the
// number of incidents not deleted, moved by triggers with every insert, delete and deletion or undo,
// so both engines read one row (repos/incidents/list.ts; tests/integration/incident-count.test.ts).
//
// The quick log saves an incident typed while the shared database was out of reach once the
// connection returns, and a save whose answer was lost with the connection is sent again. Each
// save carries a key made when Save was pressed (save_key); the same key again answers with the
// incident it saved rather than logging it twice (domain/incidents.ts createIncident).
export const countsAndSaveKeys: Migration = {
  version: 13,
  name: 'counts-and-save-keys',
  // Its SQL as it landed. The release of 1 December (aac5141) said 12 as the follow-ups-done index
  // with this count and key in the same step (tests/migrations/history/*0012-counts-and-save-keys.aac5141.sql):
  // a file or shared database at that 12 has them, so this records 13 without running it.
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
