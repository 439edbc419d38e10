
      CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;

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
    