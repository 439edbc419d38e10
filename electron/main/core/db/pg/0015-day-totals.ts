import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
//
// Patterns over a year read every incident of the year, one index range per root cause or score:
// 15–35 ms a chart at 100,000 incidents on PostgreSQL, 3–4 times SQLite's, where each range costs
// a round trip's worth of buffer reads. These tables keep the year's answer in a few thousand rows:
// per UTC day (the first ten characters of an instant), the live incidents by root cause, by the
// bands of their scores before and after (with how many were retained and lost), and the
// compensation given by root cause. Each key's index includes its counts, so a year is read from
// the indexes alone once VACUUM has marked the pages (an upgrade ends with one: openPg.ts).
//   - Kept by statement triggers from the transition tables: an import adds its thousands in one
//     pass, and an edit that moves nothing (its day, cause, scores and outcome unchanged) writes
//     nothing. Every write holds the shared write lock (pgDb.ts), so two counters never race here.
//   - A day counts only instants of the one shape the app writes (2026-11-30T09:15:00.000Z). Text
//     of any other shape sorts where it sorts, not by its first ten characters, so it counts
//     nowhere here; the *_odd_instant indexes find those rows for the figures to read (none, unless
//     a hand-edited file was moved here).
//   - Not diagnosed is a NULL root cause, as on the incident; a second unique index keeps one such
//     row a day (PostgreSQL 14 has no NULLS NOT DISTINCT). No score is -1 where none was given
//     (scores are 0 to 10), so the scores are the key as they are.
//   - figures/dayTotals.ts reads them: whole UTC days from here, the hours at each end of a period
//     and any odd instant from the rows.
export const PG_DAY_TOTALS: Migration = {
  version: 15,
  name: 'day-totals',
  sql: `
      CREATE TABLE cause_days (
        day           text COLLATE "C" NOT NULL,
        root_cause_id integer,
        incidents     bigint NOT NULL
      );
      CREATE UNIQUE INDEX cause_days_key ON cause_days (day, root_cause_id) INCLUDE (incidents);
      CREATE UNIQUE INDEX cause_days_undiagnosed ON cause_days (day) WHERE root_cause_id IS NULL;
      CREATE TABLE score_days (
        day         text COLLATE "C" NOT NULL,
        before_band text COLLATE "C" NOT NULL,
        after_band  text COLLATE "C" NOT NULL,
        incidents   bigint NOT NULL,
        retained    bigint NOT NULL,
        lost        bigint NOT NULL,
        PRIMARY KEY (day, before_band, after_band) INCLUDE (incidents, retained, lost)
      );
      CREATE TABLE cost_days (
        day           text COLLATE "C" NOT NULL,
        root_cause_id integer,
        cost          bigint NOT NULL
      );
      CREATE UNIQUE INDEX cost_days_key ON cost_days (day, root_cause_id) INCLUDE (cost);
      CREATE UNIQUE INDEX cost_days_undiagnosed ON cost_days (day) WHERE root_cause_id IS NULL;

      -- The day an instant of the app's shape counts under; NULL for any other text.
      CREATE FUNCTION makegood_day(instant text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT CASE WHEN instant ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$' THEN left(instant, 10) END
      $fn$;
      -- Rows whose instant is of another shape (said through makegood_day: the planner does not try
      -- a pattern against its statistics for a function, 1 ms a statement).
      CREATE INDEX incidents_odd_instant ON incidents (occurred_at) WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NULL;
      CREATE INDEX compensations_odd_instant ON compensations (given_at) WHERE deleted_at IS NULL AND makegood_day(given_at) IS NULL;
      -- A score's band, as the figures count it (docs: detractor 0–6, passive 7–8, promoter 9–10).
      CREATE FUNCTION makegood_band(score integer) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
        SELECT CASE WHEN score IS NULL THEN 'none' WHEN score <= 6 THEN 'detractor' WHEN score <= 8 THEN 'passive' ELSE 'promoter' END
      $fn$;

      -- rows: the statement's live rows, each with sign +1 (as they are now) or -1 (as they were).
      CREATE FUNCTION makegood_incident_days() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        rows text := CASE TG_OP
          WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
          WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
          ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
      BEGIN
        -- Most edits (a step, the text, a follow-up) move nothing counted here. (Nested: the test of
        -- an IF is one query, and old_rows exists only in an update.)
        IF TG_OP = 'UPDATE' THEN
          IF NOT EXISTS (
            SELECT FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.occurred_at, o.root_cause_id, o.score_before, o.score_after, o.outcome, o.deleted_at)
              IS DISTINCT FROM (n.occurred_at, n.root_cause_id, n.score_before, n.score_after, n.outcome, n.deleted_at)) THEN
            RETURN NULL;
          END IF;
        END IF;
        EXECUTE format($sql$
          WITH r AS (SELECT makegood_day(occurred_at) AS day, root_cause_id, makegood_band(score_before) AS before_band,
                       makegood_band(score_after) AS after_band, outcome, sign
                     FROM (%s) x WHERE deleted_at IS NULL),
          causes AS (
            INSERT INTO cause_days AS t (day, root_cause_id, incidents)
            SELECT day, root_cause_id, sum(sign) FROM r WHERE day IS NOT NULL AND root_cause_id IS NOT NULL
            GROUP BY 1, 2 HAVING sum(sign) <> 0
            ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = t.incidents + excluded.incidents),
          undiagnosed AS (
            INSERT INTO cause_days AS t (day, incidents)
            SELECT day, sum(sign) FROM r WHERE day IS NOT NULL AND root_cause_id IS NULL
            GROUP BY 1 HAVING sum(sign) <> 0
            ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = t.incidents + excluded.incidents)
          INSERT INTO score_days AS t (day, before_band, after_band, incidents, retained, lost)
          SELECT * FROM (
            SELECT day, before_band, after_band, sum(sign) AS incidents,
              sum(CASE outcome WHEN 'retained' THEN sign ELSE 0 END) AS retained, sum(CASE outcome WHEN 'lost' THEN sign ELSE 0 END) AS lost
            FROM r WHERE day IS NOT NULL GROUP BY 1, 2, 3) moved
          WHERE (incidents, retained, lost) <> (0, 0, 0)
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = t.incidents + excluded.incidents, retained = t.retained + excluded.retained, lost = t.lost + excluded.lost
        $sql$, rows);
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER incident_days_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_days();
      CREATE TRIGGER incident_days_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_days();
      CREATE TRIGGER incident_days_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_incident_days();

      CREATE FUNCTION makegood_cost_days() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        rows text := CASE TG_OP
          WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
          WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
          ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NOT EXISTS (
            SELECT FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.given_at, o.root_cause_id, o.cost, o.deleted_at) IS DISTINCT FROM (n.given_at, n.root_cause_id, n.cost, n.deleted_at)) THEN
            RETURN NULL;
          END IF;
        END IF;
        EXECUTE format($sql$
          WITH r AS (SELECT makegood_day(given_at) AS day, root_cause_id, sign * cost AS cost
                     FROM (%s) x WHERE deleted_at IS NULL),
          causes AS (
            INSERT INTO cost_days AS t (day, root_cause_id, cost)
            SELECT day, root_cause_id, sum(cost) FROM r WHERE day IS NOT NULL AND root_cause_id IS NOT NULL
            GROUP BY 1, 2 HAVING sum(cost) <> 0
            ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = t.cost + excluded.cost)
          INSERT INTO cost_days AS t (day, cost)
          SELECT day, sum(cost) FROM r WHERE day IS NOT NULL AND root_cause_id IS NULL
          GROUP BY 1 HAVING sum(cost) <> 0
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = t.cost + excluded.cost
        $sql$, rows);
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER cost_days_insert AFTER INSERT ON compensations REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_cost_days();
      CREATE TRIGGER cost_days_delete AFTER DELETE ON compensations REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_cost_days();
      CREATE TRIGGER cost_days_update AFTER UPDATE ON compensations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_cost_days();

      -- Recovery by kind reads the period's detractors who gave a score after, and the kinds each was
      -- given: from these two indexes alone (28 ms against 55 at 100,000, most of it reading the table).
      CREATE INDEX incidents_detractor_ids ON incidents (occurred_at) INCLUDE (id, score_after)
        WHERE deleted_at IS NULL AND score_before <= 6 AND score_after IS NOT NULL;
      CREATE INDEX compensations_kinds ON compensations (incident_id) INCLUDE (kind) WHERE deleted_at IS NULL;

      INSERT INTO cause_days (day, root_cause_id, incidents)
      SELECT makegood_day(occurred_at), root_cause_id, count(*) FROM incidents
      WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL GROUP BY 1, 2;
      INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
      SELECT makegood_day(occurred_at), makegood_band(score_before), makegood_band(score_after), count(*),
        count(*) FILTER (WHERE outcome = 'retained'), count(*) FILTER (WHERE outcome = 'lost') FROM incidents
      WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL GROUP BY 1, 2, 3;
      INSERT INTO cost_days (day, root_cause_id, cost)
      SELECT makegood_day(given_at), root_cause_id, sum(cost) FROM compensations
      WHERE deleted_at IS NULL AND makegood_day(given_at) IS NOT NULL GROUP BY 1, 2;
    `,
};
