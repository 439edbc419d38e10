import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// Patterns' breakdowns (by channel, category and severity) counted the period's incidents, each
// key through its (key, date) index: a year is every incident of the year. These tables keep the
// answer per UTC day and key, as 0015 keeps the counts by root cause, and are kept as 0016 keeps
// those (db/pg/0019-breakdown-days.ts keeps the same tables on the shared database):
//   - a trigger adds a signed amount by an upsert (the row as it is now, +; as it was, −), on every
//     insert, delete, deletion and undo, and on every edit of a day, channel, severity or category;
//   - the history writer and a restore hold them off with day_totals_held and add their slice's
//     rows grouped at its end (domain/dayTotals.ts);
//   - a day counts only instants of the one shape the app writes; no category is a NULL
//     category_id, as on the incident, with a second unique index to keep one such row a day.
export const breakdownDays: Migration = {
  version: 19,
  name: 'breakdown-days',
  sql: `
      CREATE TABLE channel_days (
        day       TEXT NOT NULL,
        channel   TEXT NOT NULL,
        incidents INTEGER NOT NULL,
        PRIMARY KEY (day, channel)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE severity_days (
        day       TEXT NOT NULL,
        severity  INTEGER NOT NULL,
        incidents INTEGER NOT NULL,
        PRIMARY KEY (day, severity)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE category_days (
        day         TEXT NOT NULL,
        category_id INTEGER,
        incidents   INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX category_days_key ON category_days (day, category_id);
      CREATE UNIQUE INDEX category_days_uncategorised ON category_days (day) WHERE category_id IS NULL;

      INSERT INTO channel_days (day, channel, incidents)
      SELECT substr(occurred_at, 1, 10), channel, count(*) FROM incidents
      WHERE deleted_at IS NULL AND occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2;
      INSERT INTO severity_days (day, severity, incidents)
      SELECT substr(occurred_at, 1, 10), severity, count(*) FROM incidents
      WHERE deleted_at IS NULL AND occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2;
      INSERT INTO category_days (day, category_id, incidents)
      SELECT substr(occurred_at, 1, 10), category_id, count(*) FROM incidents
      WHERE deleted_at IS NULL AND occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
      GROUP BY 1, 2;

      CREATE TRIGGER breakdown_days_in AFTER INSERT ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO channel_days (day, channel, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.channel, 1)
          ON CONFLICT (day, channel) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO severity_days (day, severity, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.severity, 1)
          ON CONFLICT (day, severity) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO category_days (day, category_id, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.category_id, 1)
          ON CONFLICT (day, category_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE category_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
      END;
      CREATE TRIGGER breakdown_days_out AFTER DELETE ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO channel_days (day, channel, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.channel, -1)
          ON CONFLICT (day, channel) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO severity_days (day, severity, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.severity, -1)
          ON CONFLICT (day, severity) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO category_days (day, category_id, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.category_id, -1)
          ON CONFLICT (day, category_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE category_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
      END;
      CREATE TRIGGER breakdown_days_moved_out AFTER UPDATE OF occurred_at, channel, severity, category_id, deleted_at ON incidents
        WHEN OLD.deleted_at IS NULL AND OLD.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO channel_days (day, channel, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.channel, -1)
          ON CONFLICT (day, channel) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO severity_days (day, severity, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.severity, -1)
          ON CONFLICT (day, severity) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO category_days (day, category_id, incidents) VALUES (substr(OLD.occurred_at, 1, 10), OLD.category_id, -1)
          ON CONFLICT (day, category_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE category_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
      END;
      CREATE TRIGGER breakdown_days_moved_in AFTER UPDATE OF occurred_at, channel, severity, category_id, deleted_at ON incidents
        WHEN NEW.deleted_at IS NULL AND NEW.occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
          AND NOT EXISTS (SELECT 1 FROM day_totals_held)
      BEGIN
        INSERT INTO channel_days (day, channel, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.channel, 1)
          ON CONFLICT (day, channel) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO severity_days (day, severity, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.severity, 1)
          ON CONFLICT (day, severity) DO UPDATE SET incidents = incidents + excluded.incidents;
        INSERT INTO category_days (day, category_id, incidents) VALUES (substr(NEW.occurred_at, 1, 10), NEW.category_id, 1)
          ON CONFLICT (day, category_id) DO UPDATE SET incidents = incidents + excluded.incidents
          ON CONFLICT (day) WHERE category_id IS NULL DO UPDATE SET incidents = incidents + excluded.incidents;
      END;
    `,
};
