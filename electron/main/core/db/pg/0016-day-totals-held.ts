import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// SQLite's 0016-day-totals-held changes how its row triggers keep 0015's day tables. Here 0015's
// statement triggers already add signed amounts from the transition tables, and the history writer
// writes whole statements, so there is nothing to change: the version is recorded, as both engines
// keep one numbered list.
export const PG_DAY_TOTALS_HELD: Migration = {
  version: 16,
  name: 'day-totals-held',
  sql: `
      SELECT 1;
    `,
};
