import type { Migration } from './types';

// Frozen: the SQL this migration has run since it landed, byte for byte (tests/migrations/frozen.test.ts).
// The first release ran an earlier text of it (tests/migrations/history/); 0007 rebuilt what that one
// lacked, the search index's ref and the timeline's compensation events, so every file now ends alike.
// Status is a generated column so the journal can filter and index it; the rule is docs/domain.md's,
// the same as shared/domain.ts deriveStatus. The starting lists: causes are in the system, never a person.
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id                INTEGER PRIMARY KEY,
        name              TEXT NOT NULL,
        role              TEXT NOT NULL DEFAULT '',
        active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        monthly_allowance INTEGER NOT NULL DEFAULT 0 CHECK (monthly_allowance >= 0),
        created_at        TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX staff_name ON staff (name COLLATE NOCASE);

      CREATE TABLE categories (
        id     INTEGER PRIMARY KEY,
        name   TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX categories_name ON categories (name COLLATE NOCASE);

      CREATE TABLE root_causes (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        cause_group TEXT NOT NULL CHECK (cause_group IN ('People', 'Process', 'Equipment', 'Supplies', 'Place', 'Communication', 'Policy')),
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      ) STRICT;
      CREATE UNIQUE INDEX root_causes_name ON root_causes (name COLLATE NOCASE);

      CREATE TABLE customers (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL DEFAULT '',
        phone      TEXT NOT NULL DEFAULT '',
        email      TEXT NOT NULL DEFAULT '',
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE incidents (
        id                INTEGER PRIMARY KEY,
        ref               TEXT NOT NULL UNIQUE,
        occurred_at       TEXT NOT NULL,
        logged_at         TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        channel           TEXT NOT NULL CHECK (channel IN ('in_person', 'phone', 'email', 'web', 'social', 'mail', 'other')),
        customer_id       INTEGER REFERENCES customers (id) ON DELETE SET NULL,
        what_happened     TEXT NOT NULL CHECK (length(trim(what_happened)) > 0),
        severity          INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
        category_id       INTEGER REFERENCES categories (id),
        root_cause_id     INTEGER REFERENCES root_causes (id),
        five_whys         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(five_whys)),
        handled_by_id     INTEGER REFERENCES staff (id),
        team_lead_present INTEGER CHECK (team_lead_present IN (0, 1)),
        heard_at          TEXT,
        empathized_at     TEXT,
        apologized_at     TEXT,
        resolved_at       TEXT,
        diagnosed_at      TEXT,
        follow_up_due_at  TEXT,
        followed_up_at    TEXT,
        score_before      INTEGER CHECK (score_before BETWEEN 0 AND 10),
        score_after       INTEGER CHECK (score_after BETWEEN 0 AND 10),
        outcome           TEXT NOT NULL DEFAULT 'unknown' CHECK (outcome IN ('unknown', 'retained', 'lost')),
        internal_note     TEXT NOT NULL DEFAULT '',
        status            TEXT GENERATED ALWAYS AS (CASE
  WHEN resolved_at IS NULL THEN 'open'
  WHEN diagnosed_at IS NOT NULL AND (follow_up_due_at IS NULL OR followed_up_at IS NOT NULL) THEN 'closed'
  ELSE 'resolved' END) VIRTUAL
      ) STRICT;

      -- The journal pages newest first (keyset on occurred_at, id), alone or with one filter.
      CREATE INDEX incidents_occurred ON incidents (occurred_at, id);
      CREATE INDEX incidents_status ON incidents (status, occurred_at, id);
      CREATE INDEX incidents_category ON incidents (category_id, occurred_at, id);
      CREATE INDEX incidents_root_cause ON incidents (root_cause_id, occurred_at, id);
      CREATE INDEX incidents_channel ON incidents (channel, occurred_at, id);
      CREATE INDEX incidents_severity ON incidents (severity, occurred_at, id);
      CREATE INDEX incidents_handled_by ON incidents (handled_by_id, occurred_at, id);
      CREATE INDEX incidents_customer ON incidents (customer_id);
      -- Home: follow-ups promised and not yet kept.
      CREATE INDEX incidents_follow_up_pending ON incidents (follow_up_due_at)
        WHERE followed_up_at IS NULL AND follow_up_due_at IS NOT NULL;
      -- The "to diagnose" queue: resolved, not yet diagnosed, oldest first.
      CREATE INDEX incidents_to_diagnose ON incidents (occurred_at, id)
        WHERE resolved_at IS NOT NULL AND diagnosed_at IS NULL;

      CREATE TABLE incident_events (
        id          INTEGER PRIMARY KEY,
        incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at          TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'step', 'compensation')),
        field       TEXT,
        old_value   TEXT,
        new_value   TEXT
      ) STRICT;
      CREATE INDEX incident_events_incident ON incident_events (incident_id, id);

      CREATE TABLE drafts (
        key        TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Full-text search over the ref, what happened, the customer and the notes; rowid = incident id.
      CREATE VIRTUAL TABLE incidents_fts USING fts5 (
        ref, what_happened, customer, internal_note,
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incidents_fts (rowid, ref, what_happened, customer, internal_note)
        VALUES (new.id, new.ref, new.what_happened,
          (SELECT concat_ws(' ', name, phone, email, note) FROM customers WHERE id = new.customer_id),
          new.internal_note);
      END;
      CREATE TRIGGER incidents_fts_update AFTER UPDATE OF ref, what_happened, internal_note, customer_id ON incidents BEGIN
        UPDATE incidents_fts SET
          ref = new.ref,
          what_happened = new.what_happened,
          customer = (SELECT concat_ws(' ', name, phone, email, note) FROM customers WHERE id = new.customer_id),
          internal_note = new.internal_note
        WHERE rowid = new.id;
      END;
      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        DELETE FROM incidents_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER customers_fts_update AFTER UPDATE ON customers BEGIN
        UPDATE incidents_fts SET customer = concat_ws(' ', new.name, new.phone, new.email, new.note)
        WHERE rowid IN (SELECT id FROM incidents WHERE customer_id = new.id);
      END;
    `,
  seed: [
    {
      sql: 'INSERT INTO categories (name) VALUES (?)',
      rows: [
        ['Product quality'],
        ['Wrong order'],
        ['Wait or delay'],
        ['Billing'],
        ['Staff manner'],
        ['Cleanliness'],
        ['Out of stock'],
        ['Booking'],
        ['Communication'],
        ['Other'],
      ],
    },
    {
      sql: 'INSERT INTO root_causes (name, cause_group) VALUES (?, ?)',
      rows: [
        ['Short-staffed at peak times', 'People'],
        ['Training gap', 'People'],
        ['No check before handing over', 'Process'],
        ['Order details not written down', 'Process'],
        ['Equipment fault', 'Equipment'],
        ['Supplier delivered late or wrong', 'Supplies'],
        ['Stock count out of date', 'Supplies'],
        ['Layout causes queues', 'Place'],
        ['Handover between shifts missed', 'Communication'],
        ['Customer not told about a delay', 'Communication'],
        ['Policy unclear or too strict', 'Policy'],
      ],
    },
    {
      sql: 'INSERT INTO settings (key, value) VALUES (?, ?)',
      rows: [
        ['businessName', '"My shop"'],
        ['currency', '"USD"'],
        ['locale', '"en-US"'],
        ['theme', '"auto"'],
        ['createdAt', { nowAsJson: true }],
      ],
    },
  ],
};
