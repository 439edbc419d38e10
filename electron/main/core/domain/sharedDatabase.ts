// Settings → Data → "Use a shared database": the address the form makes, and what a test
// connection finds there. Nothing here writes; the switch itself is the host's (the app restarts
// its core on the new place), and the move is domain/moveTo.ts.
import pg from 'pg';
import { AppError, badRequest } from '../../../../shared/result';
import type { SharedDatabaseTested } from '../../../../shared/schemas/database';
import { isPostgresUrl } from '../db/engine';
import { PG_LATEST_VERSION, connectionRefusal } from '../db/pg/openPg';
import { pgAddress, redactUrl } from '../db/pg/pgDb';
import { HAS_SCHEMA_TABLE, SCHEMA_VERSION } from '../db/pg/version';
import { say } from '../i18n/speak';

/** The form's address and user as one URL, with no password in it; refused in a sentence when it cannot be one. */
export function sharedAddress(form: { url: string; user: string }): string {
  if (!isPostgresUrl(form.url)) throw badRequest(say('storage.address.notPostgres'));
  let url: URL;
  try {
    url = new URL(form.url.trim());
  } catch {
    throw badRequest(say('storage.address.unreadable', { url: form.url }));
  }
  if (url.password) throw badRequest(say('storage.address.password'));
  if (!url.hostname) throw badRequest(say('storage.address.noServer'));
  if (url.pathname.length <= 1) throw badRequest(say('storage.address.noDatabase'));
  if (form.user) url.username = encodeURIComponent(form.user);
  if (!url.username) throw badRequest(say('storage.address.noUser'));
  return url.toString();
}

/** How long a test connection waits for the server: to connect, then for each answer. */
const TEST_TIMEOUT_MS = 8000;

/**
 * Connects with `password` (or PGPASSWORD when empty), looks, changes nothing, and says what is there.
 * Asynchronous, with a connection of its own: a server that never answers keeps this call waiting
 * for up to 8 s, and the counter goes on saving meanwhile (PgDb's calls would hold the thread).
 */
export async function testSharedDatabase(url: string, password: string): Promise<SharedDatabaseTested> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionTimeoutMillis: TEST_TIMEOUT_MS, query_timeout: TEST_TIMEOUT_MS, application_name: 'makegood (test connection)', ...pgAddress(url, password) });
  } catch (error) {
    throw connectionRefusal(url, error);
  }
  // An error after connecting (the server going away) is the query's to report; unhandled, it would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw connectionRefusal(url, error);
  }
  const one = async <T>(sql: string): Promise<T> => Object.values((await client.query(sql)).rows[0] as object)[0] as T;
  try {
    const serverVersion = Math.floor(Number(await one<string>('SHOW server_version_num')) / 10000);
    const shown = redactUrl(url);
    if (serverVersion < 14) throw new AppError('CONFLICT', say('storage.test.oldServer', { where: shown, version: String(serverVersion) }));
    const version = (await one<boolean>(HAS_SCHEMA_TABLE)) ? Number(await one<number>(SCHEMA_VERSION)) : 0;
    if (version > PG_LATEST_VERSION) {
      throw new AppError('CONFLICT', say('storage.test.newer', { where: shown }));
    }
    if (version === 0) {
      const tables = Number(await one<string>('SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()'));
      if (tables > 0) throw new AppError('CONFLICT', say('storage.test.foreignTables', { where: shown }));
      return {
        shown,
        serverVersion,
        incidents: null,
        message: say('storage.test.empty', { version: String(serverVersion) }),
      };
    }
    const incidents = Number(await one<string>('SELECT count(*) FROM incidents'));
    return {
      shown,
      serverVersion,
      incidents,
      message:
        incidents > 0
          ? say('storage.test.holds', { version: String(serverVersion), count: incidents })
          : say('storage.test.noIncidents', { version: String(serverVersion) }),
    };
  } catch (error) {
    throw error instanceof AppError ? error : connectionRefusal(url, error);
  } finally {
    await client.end().catch(() => {});
  }
}
