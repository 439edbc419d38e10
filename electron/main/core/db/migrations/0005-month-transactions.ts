import type { Migration } from './types';

export const monthTransactions: Migration = {
  version: 5,
  name: 'month-transactions',
  up(db) {
    db.exec(`
      -- How many sales the shop made in a month, entered by the owner: incidents per 1,000 transactions.
      CREATE TABLE month_transactions (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        count INTEGER NOT NULL CHECK (count > 0)
      ) STRICT;
    `);
  },
};
