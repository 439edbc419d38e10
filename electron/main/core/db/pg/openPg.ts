// Opens the shared PostgreSQL database and brings its schema up to date: the same numbered list
// as the SQLite file, one transaction per version, recorded in makegood_schema.
import { AppError } from '../../../../../shared/result';
import type { MessageId } from '../../../../../shared/i18n/catalog';
import { say } from '../../i18n/speak';
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
    throw new AppError('CONFLICT', say('storage.pg.newerSchema', { current: String(current), latest: String(latest) }));
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
    throw new AppError('CONFLICT', say('storage.pg.foreignTables', { where: db.name, tables: tables.join(', ') }));
  }
}

/** Refuses, in a sentence, a database whose schema is not this Makegood's (a read-only open migrates nothing). */
function refuseUnlessCurrent(db: PgDb): void {
  const version = pgSchemaVersion(db);
  if (version > PG_LATEST_VERSION) {
    throw new AppError('CONFLICT', say('storage.pg.newerToRead', { where: db.name }));
  }
  if (version < PG_LATEST_VERSION) {
    throw new AppError('CONFLICT', say('storage.pg.olderToRead', { where: db.name }));
  }
}

/** Node's TLS refusals of a server's certificate: not signed by a trusted CA, or made for another host name. */
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/;

/** What a connection that could not be made says, by its cause, with the address (never the password). */
export function connectionRefusal(url: string, error: unknown): AppError {
  const where = redactUrl(url);
  const e = error as PgError;
  const code = e?.code;
  const cause: MessageId | null =
    code === 'ECONNREFUSED'
      ? 'storage.pg.unreachable.nothingAnswered'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'storage.pg.unreachable.unknownHost'
        : code === '28000' && /pg_hba/.test(e?.message ?? '')
          ? /no encryption/.test(e.message)
            ? 'storage.pg.unreachable.encryptedOnly'
            : 'storage.pg.unreachable.pgHba'
          : code === '28P01' || code === '28000'
            ? 'storage.pg.unreachable.refusedLogin'
          : code === '3D000'
            ? 'storage.pg.unreachable.noDatabase'
            : code !== undefined && CERTIFICATE_CODES.test(code)
              ? 'storage.pg.unreachable.certificate'
              : null;
  // The server's or Node's own words when there is no plainer way to say it.
  const reason = cause ? say(cause, { detail: e.message }) : (e?.message ?? String(error));
  return new AppError('UNAVAILABLE', say('storage.pg.cannotReach', { where, reason }));
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
      throw new AppError('CONFLICT', say('storage.pg.oldServer', { where: db.name, version: String(Math.floor(db.serverVersion / 10000)) }));
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

