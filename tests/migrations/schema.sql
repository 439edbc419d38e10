-- table categories on categories
CREATE TABLE categories (
id     INTEGER PRIMARY KEY,
name   TEXT NOT NULL,
active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- table category_days on category_days
CREATE TABLE category_days (
day         TEXT NOT NULL,
category_id INTEGER,
incidents   INTEGER NOT NULL
) STRICT;

-- table cause_days on cause_days
CREATE TABLE cause_days (
day           TEXT NOT NULL,
root_cause_id INTEGER,
incidents     INTEGER NOT NULL
) STRICT;

-- table channel_days on channel_days
CREATE TABLE channel_days (
day       TEXT NOT NULL,
channel   TEXT NOT NULL,
incidents INTEGER NOT NULL,
PRIMARY KEY (day, channel)
) STRICT, WITHOUT ROWID;

-- table compensations on compensations
CREATE TABLE compensations (
id             INTEGER PRIMARY KEY,
incident_id    INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
kind           TEXT NOT NULL CHECK (kind IN ('refund', 'discount', 'replacement', 'free_item', 'upgrade', 'voucher', 'gift', 'other')),
description    TEXT NOT NULL DEFAULT '',
-- What it cost the business, in integer minor units of the shop's currency.
cost           INTEGER NOT NULL CHECK (cost >= 0),
given_by_id    INTEGER REFERENCES staff (id),
given_at       TEXT NOT NULL,
-- Who said yes when the entry went past the giver's monthly allowance.
approved_by_id INTEGER REFERENCES staff (id),
created_at     TEXT NOT NULL,
updated_at     TEXT NOT NULL
, root_cause_id INTEGER REFERENCES root_causes (id), deleted_at TEXT, deleted_with_incident INTEGER NOT NULL DEFAULT 0
CHECK (deleted_with_incident IN (0, 1)), over_allowance_unapproved INTEGER NOT NULL DEFAULT 0
CHECK (over_allowance_unapproved IN (0, 1) AND (over_allowance_unapproved = 0 OR approved_by_id IS NULL)), code TEXT
CHECK (code IS NULL OR (kind = 'voucher' AND length(code) BETWEEN 8 AND 16 AND substr(code, 1, 4) = 'MGV-'
AND substr(code, 5) NOT GLOB '*[^23456789ABCDEFGHJKMNPQRSTUVWXYZ]*')), expires_at TEXT CHECK (expires_at IS NULL OR code IS NOT NULL), redeemed_at TEXT CHECK (redeemed_at IS NULL OR code IS NOT NULL)) STRICT;

-- table cost_days on cost_days
CREATE TABLE cost_days (
day           TEXT NOT NULL,
root_cause_id INTEGER,
cost          INTEGER NOT NULL
) STRICT;

-- table customers on customers
CREATE TABLE customers (
id         INTEGER PRIMARY KEY,
name       TEXT NOT NULL DEFAULT '',
phone      TEXT NOT NULL DEFAULT '',
email      TEXT NOT NULL DEFAULT '',
note       TEXT NOT NULL DEFAULT '',
created_at TEXT NOT NULL
, phone_tail text GENERATED ALWAYS AS (
CASE WHEN phone <> '' THEN substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7) END
) VIRTUAL, email_key text GENERATED ALWAYS AS (
CASE WHEN email <> '' THEN lower(trim(email)) END
) VIRTUAL, name_lower text GENERATED ALWAYS AS (lower(name)) VIRTUAL) STRICT;

-- table day_totals_held on day_totals_held
CREATE TABLE day_totals_held (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

-- table drafts on drafts
CREATE TABLE drafts (
key        TEXT PRIMARY KEY,
value      TEXT NOT NULL CHECK (json_valid(value)),
updated_at TEXT NOT NULL
) STRICT;

-- table follow_up_reminders on follow_up_reminders
CREATE TABLE follow_up_reminders (
incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
due_at      TEXT NOT NULL,
sent_at     TEXT NOT NULL,
PRIMARY KEY (incident_id, due_at)
) STRICT, WITHOUT ROWID;

-- table import_batch_rows on import_batch_rows
CREATE TABLE import_batch_rows (
batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
tbl      TEXT NOT NULL CHECK (tbl IN ('incidents', 'customers', 'categories', 'root_causes', 'staff')),
first_id INTEGER NOT NULL,
last_id  INTEGER NOT NULL,
CHECK (first_id <= last_id)
) STRICT;

-- table import_batches on import_batches
CREATE TABLE import_batches (
id          INTEGER PRIMARY KEY,
pid         INTEGER NOT NULL,
started_at  TEXT NOT NULL,
finished_at TEXT
) STRICT;

-- table incident_count on incident_count
CREATE TABLE incident_count (
id   INTEGER PRIMARY KEY CHECK (id = 1),
live INTEGER NOT NULL
) STRICT;

-- table incident_events on incident_events
CREATE TABLE "incident_events" (
id          INTEGER PRIMARY KEY,
incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
at          TEXT NOT NULL,
kind        TEXT NOT NULL CHECK (kind IN ('created', 'changed', 'step', 'compensation')),
field       TEXT,
old_value   TEXT,
new_value   TEXT
) STRICT;

-- table incidents on incidents
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
, deleted_at TEXT, save_key TEXT) STRICT;

-- table incidents_fts on incidents_fts
CREATE VIRTUAL TABLE incidents_fts USING fts5 (
ref, what_happened, customer, internal_note,
tokenize = 'unicode61 remove_diacritics 2'
);

-- table lesson_incidents on lesson_incidents
CREATE TABLE lesson_incidents (
lesson_id   INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
PRIMARY KEY (lesson_id, incident_id)
) STRICT, WITHOUT ROWID;

-- table lessons on lessons
CREATE TABLE lessons (
id              INTEGER PRIMARY KEY,
title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
what_we_learned TEXT NOT NULL DEFAULT '',
change          TEXT NOT NULL DEFAULT '',
root_cause_id   INTEGER REFERENCES root_causes (id),
owner_id        INTEGER REFERENCES staff (id),
due_at          TEXT,
status          TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'in_progress', 'done', 'dropped')),
done_at         TEXT,
created_at      TEXT NOT NULL,
updated_at      TEXT NOT NULL,
-- done_at is stamped exactly when the lesson is done, so effectiveness has a date to measure from.
CHECK ((status = 'done') = (done_at IS NOT NULL))
) STRICT;

-- table migration_log on migration_log
CREATE TABLE migration_log (
id      INTEGER PRIMARY KEY,
version INTEGER NOT NULL,
at      TEXT NOT NULL,
message TEXT NOT NULL
) STRICT;

-- table month_transactions on month_transactions
CREATE TABLE month_transactions (
month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
count INTEGER NOT NULL CHECK (count > 0)
) STRICT;

-- table root_causes on root_causes
CREATE TABLE root_causes (
id         INTEGER PRIMARY KEY,
name       TEXT NOT NULL,
cause_group TEXT NOT NULL CHECK (cause_group IN ('People', 'Process', 'Equipment', 'Supplies', 'Place', 'Communication', 'Policy')),
active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

-- table score_days on score_days
CREATE TABLE score_days (
day         TEXT NOT NULL,
before_band TEXT NOT NULL,
after_band  TEXT NOT NULL,
incidents   INTEGER NOT NULL,
retained    INTEGER NOT NULL,
lost        INTEGER NOT NULL,
PRIMARY KEY (day, before_band, after_band)
) STRICT, WITHOUT ROWID;

-- table settings on settings
CREATE TABLE settings (
key   TEXT PRIMARY KEY,
value TEXT NOT NULL
) STRICT;

-- table severity_days on severity_days
CREATE TABLE severity_days (
day       TEXT NOT NULL,
severity  INTEGER NOT NULL,
incidents INTEGER NOT NULL,
PRIMARY KEY (day, severity)
) STRICT, WITHOUT ROWID;

-- table staff on staff
CREATE TABLE staff (
id                INTEGER PRIMARY KEY,
name              TEXT NOT NULL,
role              TEXT NOT NULL DEFAULT '',
active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
monthly_allowance INTEGER NOT NULL DEFAULT 0 CHECK (monthly_allowance >= 0),
created_at        TEXT NOT NULL
) STRICT;

-- index categories_name on categories
CREATE UNIQUE INDEX categories_name ON categories (name COLLATE NOCASE);

-- index category_days_key on category_days
CREATE UNIQUE INDEX category_days_key ON category_days (day, category_id);

-- index category_days_uncategorised on category_days
CREATE UNIQUE INDEX category_days_uncategorised ON category_days (day) WHERE category_id IS NULL;

-- index cause_days_key on cause_days
CREATE UNIQUE INDEX cause_days_key ON cause_days (day, root_cause_id);

-- index cause_days_undiagnosed on cause_days
CREATE UNIQUE INDEX cause_days_undiagnosed ON cause_days (day) WHERE root_cause_id IS NULL;

-- index compensations_code on compensations
CREATE UNIQUE INDEX compensations_code ON compensations (code) WHERE code IS NOT NULL;

-- index compensations_given_at on compensations
CREATE INDEX compensations_given_at ON compensations (deleted_at, given_at, cost);

-- index compensations_given_by on compensations
CREATE INDEX compensations_given_by ON compensations (given_by_id, deleted_at, given_at, cost);

-- index compensations_incident on compensations
CREATE INDEX compensations_incident ON compensations (incident_id);

-- index compensations_odd_instant on compensations
CREATE INDEX compensations_odd_instant ON compensations (given_at)
WHERE deleted_at IS NULL AND NOT (given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z');

-- index compensations_root_cause on compensations
CREATE INDEX compensations_root_cause ON compensations (root_cause_id, deleted_at, given_at, cost);

-- index compensations_vouchers on compensations
CREATE INDEX compensations_vouchers ON compensations (deleted_at, given_at, redeemed_at) WHERE kind = 'voucher';

-- index cost_days_key on cost_days
CREATE UNIQUE INDEX cost_days_key ON cost_days (day, root_cause_id);

-- index cost_days_undiagnosed on cost_days
CREATE UNIQUE INDEX cost_days_undiagnosed ON cost_days (day) WHERE root_cause_id IS NULL;

-- index customers_email on customers
CREATE INDEX customers_email ON customers (lower(trim(email))) WHERE email <> '';

-- index customers_phone_tail on customers
CREATE INDEX customers_phone_tail ON customers (
substr(replace(replace(replace(replace(replace(replace(replace(replace(replace(
phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', ''), '/', ''), char(9), ''), char(160), ''), -7)
) WHERE phone <> '';

-- index import_batch_rows_batch on import_batch_rows
CREATE INDEX import_batch_rows_batch ON import_batch_rows (batch_id);

-- index incident_events_incident on incident_events
CREATE INDEX incident_events_incident ON incident_events (incident_id, id);

-- index incidents_category on incidents
CREATE INDEX incidents_category ON incidents (category_id, deleted_at, occurred_at, id, channel, severity);

-- index incidents_channel on incidents
CREATE INDEX incidents_channel ON incidents (channel, deleted_at, occurred_at, id, severity);

-- index incidents_customer on incidents
CREATE INDEX incidents_customer ON incidents (customer_id);

-- index incidents_detractors on incidents
CREATE INDEX incidents_detractors ON incidents (deleted_at, occurred_at, score_after)
WHERE score_before <= 6 AND score_after IS NOT NULL;

-- index incidents_follow_up_pending on incidents
CREATE INDEX incidents_follow_up_pending ON incidents (deleted_at, follow_up_due_at)
WHERE followed_up_at IS NULL AND follow_up_due_at IS NOT NULL;

-- index incidents_followed_up on incidents
CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;

-- index incidents_handled_by on incidents
CREATE INDEX incidents_handled_by ON incidents (handled_by_id, deleted_at, occurred_at, id, channel, severity);

-- index incidents_occurred on incidents
CREATE INDEX incidents_occurred ON incidents (deleted_at, occurred_at, id);

-- index incidents_odd_instant on incidents
CREATE INDEX incidents_odd_instant ON incidents (occurred_at)
WHERE deleted_at IS NULL AND NOT (occurred_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z');

-- index incidents_outcome on incidents
CREATE INDEX incidents_outcome ON incidents (outcome, deleted_at, occurred_at);

-- index incidents_root_cause on incidents
CREATE INDEX incidents_root_cause ON incidents (root_cause_id, deleted_at, occurred_at, id, channel, severity);

-- index incidents_save_key on incidents
CREATE UNIQUE INDEX incidents_save_key ON incidents (save_key) WHERE save_key IS NOT NULL;

-- index incidents_score_after on incidents
CREATE INDEX incidents_score_after ON incidents (score_after, deleted_at, occurred_at) WHERE score_after IS NOT NULL;

-- index incidents_score_before on incidents
CREATE INDEX incidents_score_before ON incidents (score_before, deleted_at, occurred_at) WHERE score_before IS NOT NULL;

-- index incidents_score_pair on incidents
CREATE INDEX incidents_score_pair ON incidents (score_before, score_after, deleted_at, occurred_at)
WHERE score_before IS NOT NULL AND score_after IS NOT NULL;

-- index incidents_severity on incidents
CREATE INDEX incidents_severity ON incidents (severity, deleted_at, occurred_at, id, channel);

-- index incidents_status on incidents
CREATE INDEX incidents_status ON incidents (status, deleted_at, occurred_at, id, channel, severity);

-- index incidents_to_diagnose on incidents
CREATE INDEX incidents_to_diagnose ON incidents (deleted_at, occurred_at, id)
WHERE resolved_at IS NOT NULL AND diagnosed_at IS NULL;

-- index lesson_incidents_incident on lesson_incidents
CREATE INDEX lesson_incidents_incident ON lesson_incidents (incident_id);

-- index lessons_owner on lessons
CREATE INDEX lessons_owner ON lessons (owner_id);

-- index lessons_root_cause on lessons
CREATE INDEX lessons_root_cause ON lessons (root_cause_id);

-- index root_causes_name on root_causes
CREATE UNIQUE INDEX root_causes_name ON root_causes (name COLLATE NOCASE);

-- index staff_name on staff
CREATE UNIQUE INDEX staff_name ON staff (name COLLATE NOCASE);

-- trigger breakdown_days_in on incidents
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

-- trigger breakdown_days_moved_in on incidents
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

-- trigger breakdown_days_moved_out on incidents
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

-- trigger breakdown_days_out on incidents
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

-- trigger compensations_cause_insert on compensations
CREATE TRIGGER compensations_cause_insert AFTER INSERT ON compensations BEGIN
UPDATE compensations SET root_cause_id = (SELECT root_cause_id FROM incidents WHERE id = new.incident_id)
WHERE id = new.id;
END;

-- trigger compensations_cause_move on compensations
CREATE TRIGGER compensations_cause_move AFTER UPDATE OF incident_id ON compensations BEGIN
UPDATE compensations SET root_cause_id = (SELECT root_cause_id FROM incidents WHERE id = new.incident_id)
WHERE id = new.id;
END;

-- trigger compensations_not_before_incident_insert on compensations
CREATE TRIGGER compensations_not_before_incident_insert BEFORE INSERT ON compensations
WHEN new.deleted_at IS NULL AND new.given_at <
(SELECT strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '-5 minutes') FROM incidents WHERE id = new.incident_id) BEGIN
SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
END;

-- trigger compensations_not_before_incident_update on compensations
CREATE TRIGGER compensations_not_before_incident_update BEFORE UPDATE OF given_at, incident_id, deleted_at ON compensations
WHEN new.deleted_at IS NULL AND new.given_at <
(SELECT strftime('%Y-%m-%dT%H:%M:%fZ', occurred_at, '-5 minutes') FROM incidents WHERE id = new.incident_id) BEGIN
SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
END;

-- trigger cost_days_in on compensations
CREATE TRIGGER cost_days_in AFTER INSERT ON compensations
WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
AND NOT EXISTS (SELECT 1 FROM day_totals_held)
BEGIN
INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost)
ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
END;

-- trigger cost_days_moved_in on compensations
CREATE TRIGGER cost_days_moved_in AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
WHEN NEW.deleted_at IS NULL AND NEW.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
AND NOT EXISTS (SELECT 1 FROM day_totals_held)
BEGIN
INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(NEW.given_at, 1, 10), NEW.root_cause_id, NEW.cost)
ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
END;

-- trigger cost_days_moved_out on compensations
CREATE TRIGGER cost_days_moved_out AFTER UPDATE OF given_at, root_cause_id, cost, deleted_at ON compensations
WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
AND NOT EXISTS (SELECT 1 FROM day_totals_held)
BEGIN
INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(OLD.given_at, 1, 10), OLD.root_cause_id, -OLD.cost)
ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
END;

-- trigger cost_days_out on compensations
CREATE TRIGGER cost_days_out AFTER DELETE ON compensations
WHEN OLD.deleted_at IS NULL AND OLD.given_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'
AND NOT EXISTS (SELECT 1 FROM day_totals_held)
BEGIN
INSERT INTO cost_days (day, root_cause_id, cost) VALUES (substr(OLD.given_at, 1, 10), OLD.root_cause_id, -OLD.cost)
ON CONFLICT (day, root_cause_id) DO UPDATE SET cost = cost + excluded.cost
ON CONFLICT (day) WHERE root_cause_id IS NULL DO UPDATE SET cost = cost + excluded.cost;
END;

-- trigger customers_fts_update on customers
CREATE TRIGGER customers_fts_update AFTER UPDATE ON customers BEGIN
UPDATE incidents_fts SET customer = concat_ws(' ', new.name, new.phone, new.email, new.note)
WHERE rowid IN (SELECT id FROM incidents WHERE customer_id = new.id AND deleted_at IS NULL);
END;

-- trigger incident_count_delete on incidents
CREATE TRIGGER incident_count_delete AFTER DELETE ON incidents WHEN OLD.deleted_at IS NULL
BEGIN
UPDATE incident_count SET live = live - 1;
END;

-- trigger incident_count_deleted on incidents
CREATE TRIGGER incident_count_deleted AFTER UPDATE OF deleted_at ON incidents
WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
UPDATE incident_count SET live = live + (NEW.deleted_at IS NULL) - (OLD.deleted_at IS NULL);
END;

-- trigger incident_count_insert on incidents
CREATE TRIGGER incident_count_insert AFTER INSERT ON incidents WHEN NEW.deleted_at IS NULL
BEGIN
UPDATE incident_count SET live = live + 1;
END;

-- trigger incident_days_in on incidents
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

-- trigger incident_days_moved_in on incidents
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

-- trigger incident_days_moved_out on incidents
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

-- trigger incident_days_out on incidents
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

-- trigger incidents_cause_to_compensations on incidents
CREATE TRIGGER incidents_cause_to_compensations AFTER UPDATE OF root_cause_id ON incidents BEGIN
UPDATE compensations SET root_cause_id = new.root_cause_id WHERE incident_id = new.id;
END;

-- trigger incidents_diagnosed_needs_cause_insert on incidents
CREATE TRIGGER incidents_diagnosed_needs_cause_insert BEFORE INSERT ON incidents
WHEN new.diagnosed_at IS NOT NULL AND new.root_cause_id IS NULL BEGIN
SELECT RAISE(ABORT, 'makegood:diagnosed_needs_root_cause');
END;

-- trigger incidents_diagnosed_needs_cause_update on incidents
CREATE TRIGGER incidents_diagnosed_needs_cause_update BEFORE UPDATE OF diagnosed_at, root_cause_id ON incidents
WHEN new.diagnosed_at IS NOT NULL AND new.root_cause_id IS NULL BEGIN
SELECT RAISE(ABORT, 'makegood:diagnosed_needs_root_cause');
END;

-- trigger incidents_not_after_compensations on incidents
CREATE TRIGGER incidents_not_after_compensations BEFORE UPDATE OF occurred_at ON incidents
WHEN EXISTS (SELECT 1 FROM compensations WHERE incident_id = new.id AND deleted_at IS NULL
AND given_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.occurred_at, '-5 minutes')) BEGIN
SELECT RAISE(ABORT, 'makegood:compensation_before_incident');
END;
