import type { Migration } from '../migrations/types';

// Frozen: literal SQL, as it landed (tests/migrations/frozen-postgres.json). Never edit it.
// SQLite's 0012-followed-up-index, said the same way: the follow-ups done, by due date, so a
// month's follow-ups due are counted from this index and the pending one, bounded by the month.
export const PG_FOLLOWED_UP_INDEX: Migration = {
  version: 12,
  name: 'followed-up-index',
  sql: `
      CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;
    `,
};
