// Test databases on the throwaway server: each test core gets a schema of its own in one test
// database (its URL sets search_path), dropped after it, so tests never see each other's rows.
// A schema is made and migrated in about 150 ms; CREATE DATABASE alone takes 300.
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';

/** Which engine this run's test cores use: the `postgres` vitest project sets MAKEGOOD_TEST_ENGINE. */
export const testEngine = (): 'sqlite' | 'postgres' => (process.env.MAKEGOOD_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');
export const onPostgres = testEngine() === 'postgres';

/** The database the global set-up makes on the test server; each test core is a schema in it. */
export const TEST_DATABASE = 'makegood_tests';

let admin: PgDb | null = null;

/** The test database's URL as the server's superuser (set-up, and what tests look at directly). */
export function testDatabaseUrl(): string {
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${TEST_DATABASE}`;
  return url.toString();
}

function adminDb(): PgDb {
  admin ??= new PgDb({ url: testDatabaseUrl(), applicationName: 'makegood-tests' });
  return admin;
}

const SCHEMA = /^t\d+_[0-9a-f]{8}$/;

/** A new, empty schema in the test database: a URL that works in it (Makegood migrates it on open). */
export function createTestDatabase(): string {
  const schema = `t${process.pid}_${randomBytes(4).toString('hex')}`;
  adminDb().exec(`CREATE SCHEMA ${schema}`);
  const url = new URL(testDatabaseUrl());
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export function dropTestDatabase(url: string): void {
  const schema = /search_path=(\S+)/.exec(new URL(url).searchParams.get('options') ?? '')?.[1] ?? '';
  if (!SCHEMA.test(schema)) throw new Error(`Not a test schema: ${schema}`);
  // A connection a test left open (an export's snapshot cut short by a timeout) holds a lock DROP
  // would wait on for ever: then the schema is left, and goes with the throwaway server.
  try {
    adminDb().exec(`SET lock_timeout = '5s'; DROP SCHEMA IF EXISTS ${schema} CASCADE; SET lock_timeout = 0`);
  } catch (error) {
    adminDb().exec('SET lock_timeout = 0');
    console.warn(`Left test schema ${schema}: ${(error as Error).message}`);
  }
}
