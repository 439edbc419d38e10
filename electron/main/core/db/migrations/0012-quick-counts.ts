import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Two counts that read too much.
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
export const quickCounts: Migration = {
  version: 12,
  name: 'quick-counts',
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
    `,
};
