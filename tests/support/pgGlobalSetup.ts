// vitest's global set-up for the PostgreSQL project: one throwaway server for the whole run
// (tests/support/pgCluster.ts) with one test database; each test core gets a schema of its own
// in it (pgTest.ts). MAKEGOOD_TEST_PG_ADMIN names a server to use instead (a superuser's URL).
import type { TestProject } from 'vitest/node';
import { PgDb } from '../../electron/main/core/db/pg/pgDb';
import { startPgCluster } from './pgCluster';
import { TEST_DATABASE } from './pgTest';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

function createTestDatabase(adminUrl: string): void {
  const admin = new PgDb({ url: adminUrl });
  try {
    admin.exec(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
    admin.exec(`CREATE DATABASE ${TEST_DATABASE}`);
  } finally {
    admin.close();
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.MAKEGOOD_TEST_PG_ADMIN;
  if (given) {
    createTestDatabase(given);
    project.provide('pgAdminUrl', given);
    return () => undefined;
  }
  const cluster = await startPgCluster();
  try {
    createTestDatabase(cluster.adminUrl);
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
