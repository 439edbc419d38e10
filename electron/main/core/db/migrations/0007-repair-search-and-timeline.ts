import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.
//
// Migration 0001 was edited after the first release (a frozen migration must never be), so files
// made by that release, and every file upgraded from one, differ from files made later:
//   - the timeline refused `compensation` events, so adding a compensation or importing one failed
//     with a CHECK error;
//   - the search index had no `ref` column, so search did not find MG-12, and the later triggers
//     that write `ref` into it failed.
// This rebuilds both the same way on every file, whichever 0001 made it, so from here on every
// file has one schema (tests/migrations/upgrade.test.ts checks it against schema.sql).
export const repairSearchAndTimeline: Migration = {
  version: 7,
  name: 'repair-search-and-timeline',
  sql: `
      CREATE TABLE incident_events_rebuilt (
        id          INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'step', 'compensation')),
        field       TEXT,
        old_value   TEXT,
        new_value   TEXT
      ) STRICT;
      INSERT INTO incident_events_rebuilt (id, incident_id, at, kind, field, old_value, new_value)
        SELECT id, incident_id, at, kind, field, old_value, new_value FROM incident_events;
      DROP TABLE incident_events;
      ALTER TABLE incident_events_rebuilt RENAME TO incident_events;
      CREATE INDEX incident_events_incident ON incident_events (incident_id, id);

      DROP TRIGGER IF EXISTS incidents_fts_insert;
      DROP TRIGGER IF EXISTS incidents_fts_update;
      DROP TRIGGER IF EXISTS incidents_fts_delete;
      DROP TRIGGER IF EXISTS customers_fts_update;
      DROP TRIGGER IF EXISTS incidents_fts_soft_delete;
      DROP TRIGGER IF EXISTS incidents_fts_restore;
      DROP TABLE incidents_fts;

      -- Full-text search over the ref, what happened, the customer and the notes; rowid = incident
      -- id. A deleted incident is not in it.
      CREATE VIRTUAL TABLE incidents_fts USING fts5 (
        ref, what_happened, customer, internal_note,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO incidents_fts (rowid, ref, what_happened, customer, internal_note)
        SELECT i.id, i.ref, i.what_happened,
          (SELECT concat_ws(' ', c.name, c.phone, c.email, c.note) FROM customers c WHERE c.id = i.customer_id),
          i.internal_note
        FROM incidents i WHERE i.deleted_at IS NULL;

      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO incidents_fts (rowid, ref, what_happened, customer, internal_note)
        VALUES (new.id, new.ref, new.what_happened,
          (SELECT concat_ws(' ', name, phone, email, note) FROM customers WHERE id = new.customer_id),
          new.internal_note);
      END;
      CREATE TRIGGER incidents_fts_update AFTER UPDATE OF ref, what_happened, internal_note, customer_id ON incidents
        WHEN new.deleted_at IS NULL BEGIN
        UPDATE incidents_fts SET
          ref = new.ref,
          what_happened = new.what_happened,
          customer = (SELECT concat_ws(' ', name, phone, email, note) FROM customers WHERE id = new.customer_id),
          internal_note = new.internal_note
        WHERE rowid = new.id;
      END;
      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incidents_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER customers_fts_update AFTER UPDATE ON customers BEGIN
        UPDATE incidents_fts SET customer = concat_ws(' ', new.name, new.phone, new.email, new.note)
        WHERE rowid IN (SELECT id FROM incidents WHERE customer_id = new.id AND deleted_at IS NULL);
      END;
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
