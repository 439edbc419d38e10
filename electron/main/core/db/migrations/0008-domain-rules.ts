import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.
//
// The rules every path must keep, enforced by the database itself so that no path (the app,
// an import, a restore, the demo, a bug) can write a state the figures cannot read
// (docs/domain.md, "Rules"):
//   1. an incident marked diagnosed has a root cause (so a closed incident always has one, and
//      Pareto and the To-diagnose queue agree on what "diagnosed" means);
//   2. a live compensation is not given before its incident happened, less the clock grace of
//      5 minutes (CLOCK_GRACE_MINUTES in shared/domain.ts; a test holds the two equal);
//   3. an entry marked "over allowance, not approved" has no approver.
// Rows that break 1 or 2 are repaired first, and each repair is written to migration_log (and the
// incident's timeline), which the app shows and the CLI prints. The status rule needs no check of
// its own: status is generated from the steps, never stored, and rule 1 makes "closed" imply a cause.
export const domainRules: Migration = {
  version: 8,
  name: 'domain-rules',
  sql: `
      CREATE TABLE migration_log (
        id      INTEGER PRIMARY KEY,
        version INTEGER NOT NULL,
        at      TEXT NOT NULL,
        message TEXT NOT NULL
      ) STRICT;

      -- 1. Diagnosed with no root cause: Diagnose is undone, so the incident waits in To diagnose again.
      INSERT INTO migration_log (version, at, message)
        SELECT 8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
          ref || ' was marked diagnosed with no root cause; Diagnose is undone, so it is back in To diagnose.'
        FROM incidents WHERE diagnosed_at IS NOT NULL AND root_cause_id IS NULL ORDER BY id;
      INSERT INTO incident_events (incident_id, at, kind, field, old_value, new_value)
        SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'step', 'diagnosed', diagnosed_at, NULL
        FROM incidents WHERE diagnosed_at IS NOT NULL AND root_cause_id IS NULL ORDER BY id;
      UPDATE incidents SET diagnosed_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE diagnosed_at IS NOT NULL AND root_cause_id IS NULL;

      -- 2. Given before the incident happened: the entry takes the incident's time (its amount,
      --    and so every total, stays; it may move to the incident's month).
      INSERT INTO migration_log (version, at, message)
        SELECT 8, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
          i.ref || ': a ' || replace(c.kind, '_', ' ') || ' was dated ' || c.given_at
            || ', before the incident happened (' || i.occurred_at || '); it now carries the incident''s time.'
        FROM compensations c JOIN incidents i ON i.id = c.incident_id
        WHERE c.given_at < strftime('%Y-%m-%dT%H:%M:%fZ', i.occurred_at, '-5 minutes') ORDER BY c.id;
      INSERT INTO incident_events (incident_id, at, kind, field, old_value, new_value)
        SELECT c.incident_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'changed', 'compensation.givenAt', c.given_at, i.occurred_at
        FROM compensations c JOIN incidents i ON i.id = c.incident_id
        WHERE c.given_at < strftime('%Y-%m-%dT%H:%M:%fZ', i.occurred_at, '-5 minutes') ORDER BY c.id;
      UPDATE compensations SET
        given_at = (SELECT occurred_at FROM incidents WHERE id = compensations.incident_id),
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      WHERE given_at < (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '-5 minutes') FROM incidents WHERE id = compensations.incident_id);

      -- 3. Historic entries past the giver's allowance with no approver are kept and marked.
      ALTER TABLE compensations ADD COLUMN over_allowance_unapproved INTEGER NOT NULL DEFAULT 0
        CHECK (over_allowance_unapproved IN (0, 1) AND (over_allowance_unapproved = 0 OR approved_by_id IS NULL));

      CREATE TRIGGER incidents_diagnosed_needs_cause_insert BEFORE INSERT ON incidents
        WHEN new.diagnosed_at IS NOT NULL AND new.root_cause_id IS NULL BEGIN
        SELECT RAISE(ABORT, 'makegood:diagnosed_needs_root_cause');
      END;
      CREATE TRIGGER incidents_diagnosed_needs_cause_update BEFORE UPDATE OF diagnosed_at, root_cause_id ON incidents
        WHEN new.diagnosed_at IS NOT NULL AND new.root_cause_id IS NULL BEGIN
        SELECT RAISE(ABORT, 'makegood:diagnosed_needs_root_cause');
      END;
      CREATE TRIGGER compensations_not_before_incident_insert BEFORE INSERT ON compensations
        WHEN new.deleted_at IS NULL AND new.given_at <
          (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '-5 minutes') FROM incidents WHERE id = new.incident_id) BEGIN
        SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
      END;
      CREATE TRIGGER compensations_not_before_incident_update BEFORE UPDATE OF given_at, incident_id, deleted_at ON compensations
        WHEN new.deleted_at IS NULL AND new.given_at <
          (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '-5 minutes') FROM incidents WHERE id = new.incident_id) BEGIN
        SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
      END;
      CREATE TRIGGER incidents_not_after_compensations BEFORE UPDATE OF occurred_at ON incidents
        WHEN EXISTS (SELECT 1 FROM compensations WHERE incident_id = new.id AND deleted_at IS NULL
          AND given_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at, '-5 minutes')) BEGIN
        SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
      END;
    `,
};
