import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Patterns over a year read every incident of the year: one index range per root cause, score or
// month. These tables keep the year's answer in a few thousand rows: per UTC day (the first ten
// characters of an instant), the live incidents by root cause, by the bands of their scores
// before and after (with how many were retained and lost), and the compensation given by root
// cause (figures/dayTotals.ts reads them; db/pg/0015-day-totals.ts
// keeps the same tables on the shared database).
//   - Triggers keep them with every insert, delete, deletion and undo, and with every edit of a
//     day, cause, score, outcome or cost.
//   - A day counts only instants of the one shape the app writes (2026-11-30T09:15:00.000Z). Text
//     of any other shape sorts where it sorts, not by its first ten characters, so it counts
//     nowhere here; the *_odd_instant indexes find those rows for the figures to read (none, unless
//     an old or hand-edited file has them).
//   - Not diagnosed is a NULL root cause, as on the incident; a second unique index keeps one such
//     row a day. A score's band is as the figures count it (docs: detractor 0–6, passive 7–8,
//     promoter 9–10), and 'none' when it was not asked.
export const dayTotals: Migration = {
  version: 15,
  name: 'day-totals',
  sql: `
      CREATE TABLE cause_days (
        day           TEXT NOT NULL,
        root_cause_id INTEGER,
        incidents     INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX cause_days_key ON cause_days (day, root_cause_id);
      CREATE UNIQUE INDEX cause_days_undiagnosed ON cause_days (day) WHERE root_cause_id IS NULL;
      CREATE TABLE score_days (
        day         TEXT NOT NULL,
        before_band TEXT NOT NULL,
        after_band  TEXT NOT NULL,
        incidents   INTEGER NOT NULL,
        retained    INTEGER NOT NULL,
        lost        INTEGER NOT NULL,
        PRIMARY KEY (day, before_band, after_band)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE cost_days (
        day           TEXT NOT NULL,
        root_cause_id INTEGER,
        cost          INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX cost_days_key ON cost_days (day, root_cause_id);
      CREATE UNIQUE INDEX cost_days_undiagnosed ON cost_days (day) WHERE root_cause_id IS NULL;
      CREATE INDEX incidents_odd_instant ON incidents (occurred_at)
        WHERE deleted_at IS NULL AND NOT (occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z');
      CREATE INDEX compensations_odd_instant ON compensations (given_at)
        WHERE deleted_at IS NULL AND NOT (given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z');

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

      -- An incident counts +1 under its day, cause, scores and outcome while it is live and of the
      -- app's shape; each trigger takes the old row out and puts the new one in.
      CREATE TRIGGER incident_days_in AFTER INSERT ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) SELECT substr(NEW.occurred_at, 1, 10), NEW.root_cause_id, 1 WHERE NEW.root_cause_id IS NOT NULL
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + 1;
        INSERT INTO cause_days (day, root_cause_id, incidents) SELECT substr(NEW.occurred_at, 1, 10), NULL, 1 WHERE NEW.root_cause_id IS NULL
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + 1;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(NEW.occurred_at, 1, 10),
            CASE WHEN NEW.score_before IS NULL THEN 'none' WHEN NEW.score_before <= 6 THEN 'detractor' WHEN NEW.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN NEW.score_after IS NULL THEN 'none' WHEN NEW.score_after <= 6 THEN 'detractor' WHEN NEW.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            1, NEW.outcome = 'retained', NEW.outcome = 'lost')
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + 1, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;
      CREATE TRIGGER incident_days_out AFTER DELETE ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        UPDATE cause_days SET incidents = incidents - 1 WHERE day = substr(OLD.occurred_at, 1, 10) AND root_cause_id IS OLD.root_cause_id;
        UPDATE score_days SET incidents = incidents - 1, retained = retained - (OLD.outcome = 'retained'), lost = lost - (OLD.outcome = 'lost')
          WHERE day = substr(OLD.occurred_at, 1, 10)
            AND before_band = CASE WHEN OLD.score_before IS NULL THEN 'none' WHEN OLD.score_before <= 6 THEN 'detractor' WHEN OLD.score_before <= 8 THEN 'passive' ELSE 'promoter' END
            AND after_band = CASE WHEN OLD.score_after IS NULL THEN 'none' WHEN OLD.score_after <= 6 THEN 'detractor' WHEN OLD.score_after <= 8 THEN 'passive' ELSE 'promoter' END;
      END;
      CREATE TRIGGER incident_days_moved_out AFTER UPDATE OF occurred_at, root_cause_id, score_before, score_after, outcome, deleted_at ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        UPDATE cause_days SET incidents = incidents - 1 WHERE day = substr(OLD.occurred_at, 1, 10) AND root_cause_id IS OLD.root_cause_id;
        UPDATE score_days SET incidents = incidents - 1, retained = retained - (OLD.outcome = 'retained'), lost = lost - (OLD.outcome = 'lost')
          WHERE day = substr(OLD.occurred_at, 1, 10)
            AND before_band = CASE WHEN OLD.score_before IS NULL THEN 'none' WHEN OLD.score_before <= 6 THEN 'detractor' WHEN OLD.score_before <= 8 THEN 'passive' ELSE 'promoter' END
            AND after_band = CASE WHEN OLD.score_after IS NULL THEN 'none' WHEN OLD.score_after <= 6 THEN 'detractor' WHEN OLD.score_after <= 8 THEN 'passive' ELSE 'promoter' END;
      END;
      CREATE TRIGGER incident_days_moved_in AFTER UPDATE OF occurred_at, root_cause_id, score_before, score_after, outcome, deleted_at ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        INSERT INTO cause_days (day, root_cause_id, incidents) SELECT substr(NEW.occurred_at, 1, 10), NEW.root_cause_id, 1 WHERE NEW.root_cause_id IS NOT NULL
          ON CONFLICT (day, root_cause_id) DO UPDATE SET incidents = incidents + 1;
        INSERT INTO cause_days (day, root_cause_id, incidents) SELECT substr(NEW.occurred_at, 1, 10), NULL, 1 WHERE NEW.root_cause_id IS NULL
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET incidents = incidents + 1;
        INSERT INTO score_days (day, before_band, after_band, incidents, retained, lost)
          VALUES (substr(NEW.occurred_at, 1, 10),
            CASE WHEN NEW.score_before IS NULL THEN 'none' WHEN NEW.score_before <= 6 THEN 'detractor' WHEN NEW.score_before <= 8 THEN 'passive' ELSE 'promoter' END,
            CASE WHEN NEW.score_after IS NULL THEN 'none' WHEN NEW.score_after <= 6 THEN 'detractor' WHEN NEW.score_after <= 8 THEN 'passive' ELSE 'promoter' END,
            1, NEW.outcome = 'retained', NEW.outcome = 'lost')
          ON CONFLICT (day, before_band, after_band) DO UPDATE
            SET incidents = incidents + 1, retained = retained + excluded.retained, lost = lost + excluded.lost;
      END;

      -- A compensation adds its cost under the day it was given and its incident's root cause.
      CREATE TRIGGER cost_days_in AFTER INSERT ON compensations
        WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) SELECT substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost WHERE NEW.root_cause_id IS NOT NULL
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost;
        INSERT INTO cost_days (day, root_cause_id, cost) SELECT substr(NEW.given_at, 1, 10), NULL, NEW.cost WHERE NEW.root_cause_id IS NULL
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
      CREATE TRIGGER cost_days_out AFTER DELETE ON compensations
        WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        UPDATE cost_days SET cost = cost - OLD.cost WHERE day = substr(OLD.given_at, 1, 10) AND root_cause_id IS OLD.root_cause_id;
      END;
      CREATE TRIGGER cost_days_moved_out AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
        WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        UPDATE cost_days SET cost = cost - OLD.cost WHERE day = substr(OLD.given_at, 1, 10) AND root_cause_id IS OLD.root_cause_id;
      END;
      CREATE TRIGGER cost_days_moved_in AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
        WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      BEGIN
        INSERT INTO cost_days (day, root_cause_id, cost) SELECT substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost WHERE NEW.root_cause_id IS NOT NULL
          ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost;
        INSERT INTO cost_days (day, root_cause_id, cost) SELECT substr(NEW.given_at, 1, 10), NULL, NEW.cost WHERE NEW.root_cause_id IS NULL
          ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
      END;
    `,
};
