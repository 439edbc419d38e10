import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Deleting an incident or a compensation stamps `deleted_at` instead of removing the row, so it
// can be restored for a while (shared/schemas/deleted.ts). Every read then asks for
// `deleted_at IS NULL`; each index gets `deleted_at` right after its equality keys, so those reads
// stay one covering range (a partial index `WHERE deleted_at IS NULL` would not be covering: SQLite
// still reads the row to test the column), and lookups without it (merging causes, foreign keys,
// erasing) keep the same index.
export const softDelete: Migration = {
  version: 6,
  name: 'soft-delete',
  sql: `
      ALTER TABLE incidents ADD COLUMN deleted_at TEXT;
      ALTER TABLE compensations ADD COLUMN deleted_at TEXT;
      -- 1 when the entry left with its incident: restoring the incident brings back exactly these.
      ALTER TABLE compensations ADD COLUMN deleted_with_incident INTEGER NOT NULL DEFAULT 0
        CHECK (deleted_with_incident IN (0, 1));

      DROP INDEX incidents_occurred;
      DROP INDEX incidents_status;
      DROP INDEX incidents_category;
      DROP INDEX incidents_root_cause;
      DROP INDEX incidents_channel;
      DROP INDEX incidents_severity;
      DROP INDEX incidents_handled_by;
      DROP INDEX incidents_follow_up_pending;
      DROP INDEX incidents_to_diagnose;
      DROP INDEX incidents_score_before;
      DROP INDEX incidents_score_after;
      DROP INDEX incidents_score_pair;
      DROP INDEX incidents_outcome;
      DROP INDEX incidents_detractors;
      DROP INDEX compensations_given_at;
      DROP INDEX compensations_given_by;
      DROP INDEX compensations_root_cause;

      -- The journal, newest first, alone or with one filter. The first one also finds what
      -- was deleted before a date (deleted_at > NULL sorts after every live row).
      CREATE INDEX incidents_occurred ON incidents (deleted_at, occurred_at, id);
      -- Channel and severity ride along at the end of each: a journal filtered two ways counts its
      -- total from one index alone (channel + severity at 100,000: 25 ms reading rows before,
      -- npm run bench). Not status: it is a generated column, which SQLite reads from the row anyway.
      CREATE INDEX incidents_status ON incidents (status, deleted_at, occurred_at, id, channel, severity);
      CREATE INDEX incidents_category ON incidents (category_id, deleted_at, occurred_at, id, channel, severity);
      CREATE INDEX incidents_root_cause ON incidents (root_cause_id, deleted_at, occurred_at, id, channel, severity);
      CREATE INDEX incidents_channel ON incidents (channel, deleted_at, occurred_at, id, severity);
      CREATE INDEX incidents_severity ON incidents (severity, deleted_at, occurred_at, id, channel);
      CREATE INDEX incidents_handled_by ON incidents (handled_by_id, deleted_at, occurred_at, id, channel, severity);
      CREATE INDEX incidents_follow_up_pending ON incidents (deleted_at, follow_up_due_at)
        WHERE followed_up_at IS NULL AND follow_up_due_at IS NOT NULL;
      CREATE INDEX incidents_to_diagnose ON incidents (deleted_at, occurred_at, id)
        WHERE resolved_at IS NOT NULL AND diagnosed_at IS NULL;
      CREATE INDEX incidents_score_before ON incidents (score_before, deleted_at, occurred_at) WHERE score_before IS NOT NULL;
      CREATE INDEX incidents_score_after ON incidents (score_after, deleted_at, occurred_at) WHERE score_after IS NOT NULL;
      CREATE INDEX incidents_score_pair ON incidents (score_before, score_after, deleted_at, occurred_at)
        WHERE score_before IS NOT NULL AND score_after IS NOT NULL;
      CREATE INDEX incidents_outcome ON incidents (outcome, deleted_at, occurred_at);
      CREATE INDEX incidents_detractors ON incidents (deleted_at, occurred_at, score_after)
        WHERE score_before <= 6 AND score_after IS NOT NULL;

      CREATE INDEX compensations_given_at ON compensations (deleted_at, given_at, cost);
      -- With cost, a person's spend in a month (the allowance) is read from the index alone.
      CREATE INDEX compensations_given_by ON compensations (given_by_id, deleted_at, given_at, cost);
      CREATE INDEX compensations_root_cause ON compensations (root_cause_id, deleted_at, given_at, cost);

      -- Search never finds a deleted incident: its words leave the index and come back on restore.
      CREATE TRIGGER incidents_fts_soft_delete AFTER UPDATE OF deleted_at ON incidents
        WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
        DELETE FROM incidents_fts WHERE rowid = new.id;
      END;
      CREATE TRIGGER incidents_fts_restore AFTER UPDATE OF deleted_at ON incidents
        WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
        INSERT INTO incidents_fts (rowid, ref, what_happened, customer, internal_note)
        VALUES (new.id, new.ref, new.what_happened,
          (SELECT concat_ws(' ', name, phone, email, note) FROM customers WHERE id = new.customer_id),
          new.internal_note);
      END;
    `,
};
