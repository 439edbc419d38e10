// Opens the shared PostgreSQL database and brings its schema up to date: the same numbered list
// as the SQLite file, one transaction per version, recorded in makegood_schema.
import { AppError } from '../../../../../shared/result';
import { runMigration } from '../migrate';
import type { Migration } from '../migrations/types';
import { PG_MIGRATIONS } from './migrations';
import { pgSchemaVersion } from './version';
import { PgDb, redactUrl, type PgConnectOptions, type PgError } from './pgDb';

export const PG_LATEST_VERSION = PG_MIGRATIONS.at(-1)?.version ?? 0;


const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS makegood_schema (
  version    integer PRIMARY KEY,
  name       text NOT NULL,
  applied_at text NOT NULL
)`;

/** Applies each pending migration in a transaction of its own; refuses a database a newer Makegood set up. */
export function migratePostgres(db: PgDb, migrations: readonly Migration[] = PG_MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = pgSchemaVersion(db);
  if (current > latest) {
    throw new AppError(
      'CONFLICT',
      `The shared database was set up by a newer version of Makegood (schema ${current}; this one knows ${latest}). Update Makegood on this computer to use it; nothing in the database was changed.`,
    );
  }
  let upgraded = false;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      // Two counters starting at once: the write lock lets one migrate; the other finds it done.
      db.exec(VERSION_TABLE);
      const applied = db.prepare('SELECT 1 FROM makegood_schema WHERE version = ?').get(m.version);
      if (applied) return;
      // Under the lock too: the other counter may have just set the database up, and its tables are no stranger's.
      if (pgSchemaVersion(db) === 0) refuseForeignTables(db);
      runMigration(db, m);
      db.prepare('INSERT INTO makegood_schema (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      upgraded ||= current > 0;
    })();
    db.schemaChanged();
  }
  if (upgraded) vacuumAfterUpgrade(db);
  return latest;
}

/**
 * After an upgrade of a database that held a shop's records: a migration may rewrite a table (0014
 * stores computed columns in customers) and add indexes. VACUUM marks the rewritten pages
 * all-visible again, so a covering index answers alone from the first month's figures on rather
 * than after autovacuum's next turn, and ANALYZE gives the planner the new columns' statistics.
 * Once, outside any transaction (VACUUM cannot run in one); a few seconds at a million incidents.
 */
function vacuumAfterUpgrade(db: PgDb): void {
  const tables = db.prepare("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").pluck().all() as string[];
  for (const table of tables) db.exec(`VACUUM (ANALYZE) "${table.replaceAll('"', '""')}"`);
}

/** A database that already holds other tables is someone else's: Makegood wants one of its own. */
function refuseForeignTables(db: PgDb): void {
  const tables = db
    .prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'makegood_schema' ORDER BY table_name LIMIT 5")
    .pluck()
    .all() as string[];
  if (tables.length > 0) {
    throw new AppError(
      'CONFLICT',
      `The database at ${db.name} already holds tables Makegood did not make (${tables.join(', ')}). Give Makegood a database of its own (createdb makegood); nothing was changed.`,
    );
  }
}

/** Refuses, in a sentence, a database whose schema is not this Makegood's (a read-only open migrates nothing). */
function refuseUnlessCurrent(db: PgDb): void {
  const version = pgSchemaVersion(db);
  if (version > PG_LATEST_VERSION) {
    throw new AppError('CONFLICT', `The shared database at ${db.name} was set up by a newer version of Makegood; update Makegood to read it.`);
  }
  if (version < PG_LATEST_VERSION) {
    throw new AppError('CONFLICT', `The shared database at ${db.name} must first be brought up to this version of Makegood: open it in Makegood once (or run \`makegood serve\`), then try again.`);
  }
}

/** Node's TLS refusals of a server's certificate: not signed by a trusted CA, or made for another host name. */
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/;

/** What a connection that could not be made says, by its cause, with the address (never the password). */
export function connectionRefusal(url: string, error: unknown): AppError {
  const where = redactUrl(url);
  const e = error as PgError;
  const code = e?.code;
  const reason =
    code === 'ECONNREFUSED'
      ? 'nothing answered at that address and port (is the PostgreSQL server running?)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'the server name could not be looked up'
        : code === '28000' && /pg_hba/.test(e?.message ?? '')
          ? /no encryption/.test(e.message)
            ? 'the server lets this user in over an encrypted connection only: add ?sslmode=require (or verify-full) to the address'
            : "the server's pg_hba.conf has no line letting this user in from this computer (see the README, \"Several counters\")"
          : code === '28P01' || code === '28000'
            ? 'the server refused the user name or password'
          : code === '3D000'
            ? 'there is no database of that name on the server'
            : code !== undefined && CERTIFICATE_CODES.test(code)
              ? `the server's certificate could not be trusted (${e.message}); with sslmode=verify-full, sslrootcert= must name the CA that signed it, and the address must use the host name the certificate was made for`
              : (e?.message ?? String(error));
  return new AppError('UNAVAILABLE', `Makegood could not reach the shared database at ${where}: ${reason}.`);
}

export interface OpenPgOptions extends Omit<PgConnectOptions, 'url'> {
  readonly?: boolean;
  /** Called once an empty database's schema is made (db/open.ts OpenOptions). */
  onCreated?: (db: PgDb) => void;
}

export function openPostgres(url: string, options: OpenPgOptions = {}): PgDb {
  let db: PgDb;
  try {
    db = new PgDb({ url, ...options });
  } catch (error) {
    throw connectionRefusal(url, error);
  }
  try {
    if (db.serverVersion > 0 && db.serverVersion < 140000) {
      throw new AppError('CONFLICT', `The shared database at ${db.name} runs PostgreSQL ${Math.floor(db.serverVersion / 10000)}; Makegood needs 14 or newer.`);
    }
    if (options.readonly) refuseUnlessCurrent(db);
    else {
      const isNew = pgSchemaVersion(db) === 0;
      migratePostgres(db);
      if (isNew) options.onCreated?.(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

