import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

export const compensations: Migration = {
  version: 2,
  name: 'compensations',
  sql: `
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
      ) STRICT;
      CREATE INDEX compensations_incident ON compensations (incident_id);
      -- The month's figures, and each person's spend in a month.
      CREATE INDEX compensations_given_at ON compensations (given_at);
      CREATE INDEX compensations_given_by ON compensations (given_by_id, given_at);
    `,
};
