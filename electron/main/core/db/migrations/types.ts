/**
 * One step of the schema: literal SQL, frozen once it has landed (tests/migrations/frozen.test.ts
 * holds each one's hash). It runs inside the migration transaction, after the ones before it.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
