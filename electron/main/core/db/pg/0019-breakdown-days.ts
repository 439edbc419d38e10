import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
//
// Patterns' breakdowns grouped the period's rows by channel, category and severity in one
// statement (GROUPING SETS): a year is every incident of the year, 30–50 ms at 100,000. These
// tables keep the answer per UTC day and key in a few thousand rows, as 0015 keeps the counts by
// root cause, and the same way:
//   - kept by a statement trigger from the transition tables, which writes nothing for an edit that
//     moves nothing counted here (its day, channel, severity, category and deletion unchanged);
//   - a day counts only instants of the app's shape (makegood_day); no category is a NULL
//     category_id, with a second unique index to keep one such row a day;
//   - each key's index includes its count, so a year is read from the indexes alone.
export const PG_BREAKDOWN_DAYS: Migration = {
  version: 19,
  name: 'breakdown-days',
  sql: `
      CREATE TABLE channel_days (
        day       text COLLATE "C" NOT NULL,
        channel   text COLLATE "C" NOT NULL,
        incidents bigint NOT NULL,
        PRIMARY KEY (day, channel) INCLUDE (incidents)
      );
      CREATE TABLE severity_days (
        day       text COLLATE "C" NOT NULL,
        severity  integer NOT NULL,
        incidents bigint NOT NULL,
        PRIMARY KEY (day, severity) INCLUDE (incidents)
      );
      CREATE TABLE category_days (
        day         text COLLATE "C" NOT NULL,
        category_id integer,
        incidents   bigint NOT NULL
      );
      CREATE UNIQUE INDEX category_days_key ON category_days (day, category_id) INCLUDE (incidents);
      CREATE UNIQUE INDEX category_days_uncategorised ON category_days (day) WHERE category_id IS NULL;

      -- rows: the statement's live rows, each with sign +1 (as they are now) or -1 (as they were).
      CREATE FUNCTION makegood_breakdown_days() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        rows text := CASE TG_OP
          WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
          WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
          ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NOT EXISTS (
            SELECT FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.occurred_at, o.channel, o.severity, o.category_id, o.deleted_at)
              IS DISTINCT FROM (n.occurred_at, n.channel, n.severity, n.category_id, n.deleted_at)) THEN
            RETURN NULL;
          END IF;
        END IF;
        EXECUTE format($sql$
          WITH r AS (SELECT makegood_day(occurred_at) AS day, channel, severity, category_id, sign
                     FROM (%s) x WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL),
          channels AS (
            INSERT INTO channel_days AS t (day, channel, incidents)
            SELECT day, channel, sum(sign) FROM r GROUP BY 1, 2 HAVING sum(sign) <> 0
            ON CONFLICT (day, channel) DO UPDATE SET incidents = t.incidents + excluded.incidents),
          severities AS (
            INSERT INTO severity_days AS t (day, severity, incidents)
            SELECT day, severity, sum(sign) FROM r GROUP BY 1, 2 HAVING sum(sign) <> 0
            ON CONFLICT (day, severity) DO UPDATE SET incidents = t.incidents + excluded.incidents),
          categories AS (
            INSERT INTO category_days AS t (day, category_id, incidents)
            SELECT day, category_id, sum(sign) FROM r WHERE category_id IS NOT NULL GROUP BY 1, 2 HAVING sum(sign) <> 0
            ON CONFLICT (day, category_id) DO UPDATE SET incidents = t.incidents + excluded.incidents)
          INSERT INTO category_days AS t (day, incidents)
          SELECT day, sum(sign) FROM r WHERE category_id IS NULL GROUP BY 1 HAVING sum(sign) <> 0
          ON CONFLICT (day) WHERE category_id IS NULL DO UPDATE SET incidents = t.incidents + excluded.incidents
        $sql$, rows);
        RETURN NULL;
      END;
      $fn$;
      CREATE TRIGGER breakdown_days_insert AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_breakdown_days();
      CREATE TRIGGER breakdown_days_delete AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_breakdown_days();
      CREATE TRIGGER breakdown_days_update AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION makegood_breakdown_days();

      INSERT INTO channel_days (day, channel, incidents)
      SELECT makegood_day(occurred_at), channel, count(*) FROM incidents
      WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL GROUP BY 1, 2;
      INSERT INTO severity_days (day, severity, incidents)
      SELECT makegood_day(occurred_at), severity, count(*) FROM incidents
      WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL GROUP BY 1, 2;
      INSERT INTO category_days (day, category_id, incidents)
      SELECT makegood_day(occurred_at), category_id, count(*) FROM incidents
      WHERE deleted_at IS NULL AND makegood_day(occurred_at) IS NOT NULL GROUP BY 1, 2;
    `,
};
