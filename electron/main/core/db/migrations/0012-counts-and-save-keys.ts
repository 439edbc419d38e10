import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Two counts that read too much, and a save that must count once.
//
// The month's figures count the follow-ups that fell due in the month, kept or not. 0006's index
// holds the pending ones only, so the rest were found by reading every incident ever logged: 26 ms
// on PostgreSQL and 6 ms on SQLite at 100,000 incidents, growing with the years. incidents_followed_up
// holds the ones followed up, by due date: with the pending one, the count reads the month alone on
// both engines (figures/month.ts; tests/integration/query-plans.test.ts). Home's pending follow-ups
// cannot use it, so they keep their own small index.
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
  version: 12,
  name: 'counts-and-save-keys',
  sql: `
      CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;

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
