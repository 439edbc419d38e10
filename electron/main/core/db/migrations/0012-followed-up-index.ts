import type { Migration } from './types';

// Frozen: literal SQL, as it landed. Never edit it; a change is a new migration at the end.

// The month's figures count the follow-ups that fell due in the month, kept or not. 0006's index
// holds the pending ones only, so the rest were found by reading every incident ever logged: 26 ms
// on PostgreSQL and 6 ms on SQLite at 100,000 incidents, growing with the years. This index holds
// the ones followed up, by due date: with the pending one, the count reads the month alone on both
// engines (figures/month.ts; tests/integration/query-plans.test.ts). Home's pending follow-ups
// cannot use it, so they keep their own small index.
export const followedUpIndex: Migration = {
  version: 12,
  name: 'followed-up-index',
  sql: `
      CREATE INDEX incidents_followed_up ON incidents (deleted_at, follow_up_due_at, followed_up_at) WHERE followed_up_at IS NOT NULL;
    `,
};
