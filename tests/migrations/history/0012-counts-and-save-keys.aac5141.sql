
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
    