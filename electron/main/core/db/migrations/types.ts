/**
 * One step of the schema: literal SQL, frozen once it has landed (tests/migrations/frozen.test.ts
 * holds each one's hash). It runs inside the migration transaction, after the ones before it.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rows written after `sql` with one prepared statement each, as the first migration wrote its
   * starting lists: literal SQL, literal values. `{ nowAsJson: true }` stands for the moment the
   * migration runs, as JSON text (a setting's value).
   */
  seed?: readonly { sql: string; rows: readonly (readonly (string | number | { nowAsJson: true })[])[] }[];
  /**
   * Literal SQL: when it finds a row, the file already has what this migration makes (two releases
   * said one version two ways), so its version is recorded and its SQL not run.
   */
  skipIf?: string;
}
