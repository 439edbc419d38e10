// Frozen with PG_BASELINE (migrations.ts): the second half of its SQL, the search words and the
// domain rules, as triggers. Literal SQL; never edited once landed.
export const BASELINE_RULES = `
      -- Search: the words of each live incident (ref, what happened, the customer, the notes).
      CREATE TABLE incidents_fts (
        id    integer PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        words tsvector NOT NULL
      );
      CREATE INDEX incidents_fts_words ON incidents_fts USING gin (words);

      CREATE FUNCTION makegood_incident_words(i incidents) RETURNS tsvector LANGUAGE sql STABLE AS $fn$
        SELECT makegood_words(concat_ws(' ', i.ref, i.what_happened,
          (SELECT concat_ws(' ', c.name, c.phone, c.email, c.note) FROM customers c WHERE c.id = i.customer_id),
          i.internal_note))
      $fn$;

      CREATE FUNCTION makegood_incidents_fts() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NEW.deleted_at IS NULL THEN
          INSERT INTO incidents_fts (id, words) VALUES (NEW.id, makegood_incident_words(NEW))
            ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words;
        ELSE
          DELETE FROM incidents_fts WHERE id = NEW.id;
        END IF;
        RETURN NULL;
      END;
      $fn$;
      -- New incidents once per statement, from its transition table: an import or the demo writes
      -- thousands in one INSERT, and one trigger call for them all is three times faster than one each.
      CREATE FUNCTION makegood_incidents_fts_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO incidents_fts (id, words)
          SELECT n.id, makegood_incident_words(n) FROM inserted n WHERE n.deleted_at IS NULL;
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incidents_fts_inserted();
      CREATE TRIGGER incidents_fts_update AFTER UPDATE OF ref, what_happened, internal_note, customer_id, deleted_at ON incidents
        FOR EACH ROW EXECUTE FUNCTION makegood_incidents_fts();

      CREATE FUNCTION makegood_customers_fts() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE incidents_fts f SET words = makegood_incident_words(i)
          FROM incidents i WHERE i.customer_id = NEW.id AND i.deleted_at IS NULL AND f.id = i.id;
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER customers_fts_update AFTER UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION makegood_customers_fts();

      -- A compensation's root cause is its incident's, kept in step (0002, 0006).
      CREATE FUNCTION makegood_compensation_cause() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.root_cause_id := (SELECT root_cause_id FROM incidents WHERE id = NEW.incident_id);
        RETURN NEW;
      END;
      $fn$;
      CREATE TRIGGER compensations_cause_insert BEFORE INSERT ON compensations FOR EACH ROW EXECUTE FUNCTION makegood_compensation_cause();
      CREATE TRIGGER compensations_cause_move BEFORE UPDATE OF incident_id ON compensations FOR EACH ROW EXECUTE FUNCTION makegood_compensation_cause();

      CREATE FUNCTION makegood_cause_to_compensations() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE compensations SET root_cause_id = NEW.root_cause_id WHERE incident_id = NEW.id;
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER incidents_cause_to_compensations AFTER UPDATE OF root_cause_id ON incidents
        FOR EACH ROW EXECUTE FUNCTION makegood_cause_to_compensations();

      -- The rules of 0008, with the same messages.
      CREATE FUNCTION makegood_diagnosed_needs_cause() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NEW.diagnosed_at IS NOT NULL AND NEW.root_cause_id IS NULL THEN
          RAISE EXCEPTION 'makegood:diagnosed_needs_root_cause' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $fn$;
      CREATE TRIGGER incidents_diagnosed_needs_cause_insert BEFORE INSERT ON incidents FOR EACH ROW EXECUTE FUNCTION makegood_diagnosed_needs_cause();
      CREATE TRIGGER incidents_diagnosed_needs_cause_update BEFORE UPDATE OF diagnosed_at, root_cause_id ON incidents
        FOR EACH ROW EXECUTE FUNCTION makegood_diagnosed_needs_cause();

      CREATE FUNCTION makegood_compensation_not_before_incident() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NEW.deleted_at IS NULL AND NEW.given_at < (SELECT makegood_minus_grace(occurred_at) FROM incidents WHERE id = NEW.incident_id) THEN
          RAISE EXCEPTION 'makegood:compensation_before_incident' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $fn$;
      CREATE TRIGGER compensations_not_before_incident_insert BEFORE INSERT ON compensations
        FOR EACH ROW EXECUTE FUNCTION makegood_compensation_not_before_incident();
      CREATE TRIGGER compensations_not_before_incident_update BEFORE UPDATE OF given_at, incident_id, deleted_at ON compensations
        FOR EACH ROW EXECUTE FUNCTION makegood_compensation_not_before_incident();

      CREATE FUNCTION makegood_incident_not_after_compensations() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM compensations WHERE incident_id = NEW.id AND deleted_at IS NULL
                   AND given_at < makegood_minus_grace(NEW.occurred_at)) THEN
          RAISE EXCEPTION 'makegood:compensation_before_incident' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $fn$;
      CREATE TRIGGER incidents_not_after_compensations BEFORE UPDATE OF occurred_at ON incidents
        FOR EACH ROW EXECUTE FUNCTION makegood_incident_not_after_compensations();
`;
