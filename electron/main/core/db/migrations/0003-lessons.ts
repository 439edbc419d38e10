import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

export const lessons: Migration = {
  version: 3,
  name: 'lessons',
  sql: `
      CREATE TABLE lessons (
        id              INTEGER PRIMARY KEY,
        title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
        what_we_learned TEXT NOT NULL DEFAULT '',
        change          TEXT NOT NULL DEFAULT '',
        root_cause_id   INTEGER REFERENCES root_causes (id),
        owner_id        INTEGER REFERENCES staff (id),
        due_at          TEXT,
        status          TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'in_progress', 'done', 'dropped')),
        done_at         TEXT,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        -- done_at is stamped exactly when the lesson is done, so effectiveness has a date to measure from.
        CHECK ((status = 'done') = (done_at IS NOT NULL))
      ) STRICT;
      CREATE INDEX lessons_root_cause ON lessons (root_cause_id);
      CREATE INDEX lessons_owner ON lessons (owner_id);

      CREATE TABLE lesson_incidents (
        lesson_id   INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        PRIMARY KEY (lesson_id, incident_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX lesson_incidents_incident ON lesson_incidents (incident_id);
    `,
};
