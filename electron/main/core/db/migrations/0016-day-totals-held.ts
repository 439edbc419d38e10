import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// 0015's day tables, kept another way on SQLite (db/pg/0016-day-totals-held.ts: nothing changes
// on the shared database).
//   - Each trigger adds a signed amount by an upsert (the row as it is now, +; as it was, -), where
//     0015's took a row out by an UPDATE: the totals come out right in whatever order SQLite runs
//     them beside 0004's triggers, which fill a new compensation's root cause right after its insert.
//   - The history writer (an import, the demo) and a restore hold the triggers off with a row in
//     day_totals_held, inside their own transaction, and add each slice's rows grouped at its end
//     (domain/dayTotals.ts): a trigger a row added a tenth to an import's time.
//   - The tables are filled again from the rows, as 0015 filled them, so a file whose totals 0015's
//     triggers kept starts from the rows.
export const dayTotalsHeld: Migration = {
  version: 16,
  name: 'day-totals-held',
  sql: `
      DROP TRIGGER incident_days_in;
      DROP TRIGGER incident_days_out;
      DROP TRIGGER incident_days_moved_out;
      DROP TRIGGER incident_days_moved_in;
      DROP TRIGGER cost_days_in;
      DROP TRIGGER cost_days_out;
      DROP TRIGGER cost_days_moved_out;
      DROP TRIGGER cost_days_moved_in;

      DELETE FROM cause_days;
      DELETE FROM score_days;
      DELETE FROM cost_days;
      INSERT INTO cause_days (day, root_cause_id, incidents)
      SELECT substr(occurred_at, 1, 10), root_cause_id, count(*) FROM incidents
      WHERE deleted_at IS NULL AND occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2;
      INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
      SELECT substr(occurred_at, 1, 10),
        CASE WHEN score_before IS NULL THEN 'none' WHEN score_before <= 6 THEN 'detractor' WHEN score_before <= 8 THEN 'passive' ELSE 'promoter' END,
        CASE WHEN score_after IS NULL THEN 'none' WHEN score_after <= 6 THEN 'detractor' WHEN score_after <= 8 THEN 'passive' ELSE 'promoter' END,
        count(*), count(*) FILTER (WHERE outcome = 'retained'), count(*) FILTER (WHERE outcome = 'lost') FROM incidents
      WHERE deleted_at IS NULL AND occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2, 3;
      INSERT INTO cost_days (day, root_cause_id, cost)
      SELECT substr(given_at, 1, 10), root_cause_id, sum(cost) FROM compensations
      WHERE deleted_at IS NULL AND given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2;

      -- While the history writer holds this row (inside its transaction, never past it), the triggers
      -- leave the tables to it: it only inserts, and adds its slice's new rows in three statements
      -- at its end (domain/dayTotals.ts), where a trigger a row added a tenth to an import's time.
      CREATE TABLE day_totals_held (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

      -- Each trigger adds a signed amount (the row as it is now, +; as it was, −) by an upsert, so the
      -- totals come out right in whatever order SQLite runs them beside 0004's triggers, which fill a
      -- new compensation's root cause by an update right after its insert.
      CREATE TRIGGER incident_days_in AFTER INSERT ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.root_cause_id, 1)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(NEW.occurred_at, 1, 10),
            CASE WHEN NEW.score_before IS NULL THEN 'none' WHEN NEW.score_before <= 6 THEN 'detractor' WHEN NEW.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN NEW.score_after IS NULL THEN 'none' WHEN NEW.score_after <= 6 THEN 'detractor' WHEN NEW.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            1, (NEW.outcome = 'retained'), (NEW.outcome = 'lost'))
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + excluded.incidents, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;
      CREATE TRIGGER incident_days_out AFTER DELETE ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.root_cause_id, -1)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(OLD.occurred_at, 1, 10),
            CASE WHEN OLD.score_before IS NULL THEN 'none' WHEN OLD.score_before <= 6 THEN 'detractor' WHEN OLD.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN OLD.score_after IS NULL THEN 'none' WHEN OLD.score_after <= 6 THEN 'detractor' WHEN OLD.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            -1, -(OLD.outcome = 'retained'), -(OLD.outcome = 'lost'))
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + excluded.incidents, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;
      CREATE TRIGGER incident_days_moved_out AFTER UPDATE OF occurred_at, root_cause_id, score_before, score_after, outcome, deleted_at ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.root_cause_id, -1)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(OLD.occurred_at, 1, 10),
            CASE WHEN OLD.score_before IS NULL THEN 'none' WHEN OLD.score_before <= 6 THEN 'detractor' WHEN OLD.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN OLD.score_after IS NULL THEN 'none' WHEN OLD.score_after <= 6 THEN 'detractor' WHEN OLD.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            -1, -(OLD.outcome = 'retained'), -(OLD.outcome = 'lost'))
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + excluded.incidents, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;
      CREATE TRIGGER incident_days_moved_in AFTER UPDATE OF occurred_at, root_cause_id, score_before, score_after, outcome, deleted_at ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.root_cause_id, 1)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(NEW.occurred_at, 1, 10),
            CASE WHEN NEW.score_before IS NULL THEN 'none' WHEN NEW.score_before <= 6 THEN 'detractor' WHEN NEW.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN NEW.score_after IS NULL THEN 'none' WHEN NEW.score_after <= 6 THEN 'detractor' WHEN NEW.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            1, (NEW.outcome = 'retained'), (NEW.outcome = 'lost'))
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + excluded.incidents, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;

      -- A compensation adds its cost under the day it was given and its incident's root cause.
      CREATE TRIGGER cost_days_in AFTER INSERT ON compensations
        WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
      CREATE TRIGGER cost_days_out AFTER DELETE ON compensations
        WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(OLD.given_at, 1, 10), OLD.root_cause_id, -OLD.cost)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
      CREATE TRIGGER cost_days_moved_out AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
        WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(OLD.given_at, 1, 10), OLD.root_cause_id, -OLD.cost)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
      CREATE TRIGGER cost_days_moved_in AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
        WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost)
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
    `,
};
