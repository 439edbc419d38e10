import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

export const monthTransactions: Migration = {
  version: 5,
  name: 'month-transactions',
  sql: `
      -- How many sales the shop made in a month, entered by the owner: incidents per 1,000 transactions.
      CREATE TABLE month_transactions (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        count INTEGER NOT NULL CHECK (count > 0)
      ) STRICT;
    `,
};
