import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// SQLite's 0013-counts-and-save-keys, said the same way: incident_count, the number of
// incidents not deleted, kept by triggers. Here each statement moves it once, from its transition
// tables (an import inserts thousands in one), and an update moves it only when a deletion or an
// undo changed the number; and save_key, the quick log's key for one save sent twice.
export const PG_COUNTS_AND_SAVE_KEYS: Migration = {
  version: 13,
  name: 'counts-and-save-keys',
  // Its SQL as it landed. The release of 1 December (aac5141) said 12 as the follow-ups-done index
  // with this count and key in the same step (tests/migrations/history/*0012-counts-and-save-keys.aac5141.sql):
  // a file or shared database at that 12 has them, so this records 13 without running it.
  skipIf: "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'incident_count'",
  sql: `
      CREATE TABLE incident_count (
        id   integer PRIMARY KEY CHECK (id = 1),
        live bigint NOT NULL
      );
      INSERT INTO incident_count (id, live) SELECT 1, count(*) FROM incidents WHERE deleted_at IS NULL;
      CREATE FUNCTION makegood_incident_count() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        added   bigint := 0;
        removed bigint := 0;
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          SELECT count(*) INTO added FROM new_rows WHERE deleted_at IS NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          SELECT count(*) INTO removed FROM old_rows WHERE deleted_at IS NULL;
        END IF;
        IF added <> removed THEN
          UPDATE incident_count SET live = live + added - removed;
        END IF;
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER incident_count_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_count();
      CREATE TRIGGER incident_count_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_count();
      CREATE TRIGGER incident_count_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_count();

      ALTER TABLE incidents ADD COLUMN save_key text COLLATE "C";
      CREATE UNIQUE INDEX incidents_save_key ON incidents (save_key) WHERE save_key IS NOT NULL;
    `,
};
