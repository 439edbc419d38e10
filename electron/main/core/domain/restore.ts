// Restoring a backup writes rows, so it goes through the domain like every other write: a backup
// is a file a person hands us, and is read as hostile. Nothing of its own runs: no trigger, view
// or table definition from it reaches the live file. Its rows are copied, table by table and by
// named columns, into a new file made by this version's migrations, whose constraints and
// triggers (migration 0008) hold the same rules as every other write; a row that breaks one is
// refused with the table, the row and the reason. Only then does the new file, built and checked
// by this version, take the live file's place, in one transaction (backups/restore.ts).
import { MAX_DEPTH, nestsDeeperThan } from '../../../../shared/depth';
import { AppError } from '../../../../shared/result';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Db, SqliteDb } from '../db/open';
import { SETTING_KEYS } from '../repos/settings';
import { SETUP_DONE_KEY } from '../repos/setup';
import { currentLanguage, say } from '../i18n/speak';
import { fromRule } from './rules';

/**
 * From 0007 on every file has one schema (0007 rebuilt what earlier builds made differently), and
 * no migration before it changed data that a trigger of version 7 does not redo on insert. So the
 * rows of a backup at version 1-7 are copied into a file at version 7, then migrated like any file.
 */
export const FIRST_SHARED_VERSION = 7;

/** The tables Makegood keeps data in, parents before children; the search index is rebuilt, never copied. */
export const TABLES = [
  'settings',
  'staff',
  'categories',
  'root_causes',
  'customers',
  'incidents',
  'incident_events',
  'compensations',
  'drafts',
  'lessons',
  'lesson_incidents',
  'month_transactions',
  // Reminders already sent: a restore must not send them again.
  'follow_up_reminders',
  'migration_log',
] as const;

const tablesCache = new Map<number, Map<string, string[]>>();

/**
 * The tables and stored columns a file at `version` has, from the frozen migrations replayed in
 * memory (generated columns such as `status` are computed, never copied).
 */
export function schemaAt(version: number, open: (path: string) => SqliteDb): Map<string, string[]> {
  let found = tablesCache.get(version);
  if (!found) {
    const mem = open(':memory:');
    try {
      migrate(mem, MIGRATIONS.slice(0, version));
      found = new Map();
      for (const table of TABLES) {
        const columns = mem.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid').pluck().all(table) as string[];
        if (columns.length > 0) found.set(table, columns);
      }
    } finally {
      mem.close();
    }
    tablesCache.set(version, found);
  }
  return found;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Checks that the candidate (attached as `backup`) has each table of its version as a plain table
 * with every column stored, not computed: a view, a virtual table or a generated column would run
 * the file's own SQL when read. Returns false for a file that is not one of ours.
 */
export function hasPlainTables(db: Db, tables: Map<string, string[]>): boolean {
  for (const [table, columns] of tables) {
    const kind = db.prepare("SELECT type, sql FROM backup.sqlite_master WHERE name = ? COLLATE NOCASE").all(table) as { type: string; sql: string | null }[];
    if (kind.length !== 1 || kind[0]?.type !== 'table' || /^\s*CREATE\s+VIRTUAL/i.test(kind[0]?.sql ?? '')) return false;
    const info = db.prepare('SELECT name, hidden FROM backup.pragma_table_xinfo(?)').all(table) as { name: string; hidden: number }[];
    const stored = new Map(info.map((c) => [c.name, c.hidden]));
    if (!columns.every((c) => stored.get(c) === 0)) return false;
  }
  return true;
}

/** What is wrong with a row, said with the row (`which`) as its subject: each language places it itself. */
type Reason = (which: string) => string;

/** What a refused row reads like: the table, which row, and the rule it breaks. */
function refusedRow(label: string, table: string, row: Record<string, unknown>, reason: Reason): AppError {
  const which =
    typeof row.ref === 'string'
      ? row.ref
      : row.id !== undefined
        ? say('storage.restore.row.id', { id: String(row.id) })
        : row.key !== undefined
          ? say('storage.restore.row.key', { key: String(row.key) })
          : say('storage.restore.row.some');
  return new AppError('BAD_REQUEST', say('storage.restore.refusedRow', { label, table, problem: reason(which) }));
}

const pointsNowhere: Reason = (which) => say('storage.restore.reason.pointsNowhere', { which });

function reasonOf(error: unknown): Reason {
  // A key or check is named below in the backup's own terms (the table's column, the record missing).
  const rule = fromRule(error);
  if (rule) {
    // English runs the rule's sentence on in lower case; other languages keep their nouns' capitals.
    const said = rule.message.replace(/\.$/, '');
    const ruleText = currentLanguage() === 'en' ? said.toLowerCase() : said;
    return (which) => say('storage.restore.reason.breaksRule', { which, rule: ruleText });
  }
  const message = (error as Error).message ?? String(error);
  if (/FOREIGN KEY/i.test(message)) return pointsNowhere;
  if (/CHECK constraint/i.test(message)) return (which) => say('storage.restore.reason.notAllowed', { which, detail: message.replace(/^CHECK constraint failed: /, '') });
  if (/cannot store|datatype mismatch/i.test(message)) return (which) => say('storage.restore.reason.wrongType', { which, detail: message });
  if (/UNIQUE/i.test(message)) return (which) => say('storage.restore.reason.notUnique', { which, detail: message.replace(/^UNIQUE constraint failed: /, '') });
  if (/NOT NULL/i.test(message)) return (which) => say('storage.restore.reason.missingValue', { which, detail: message.replace(/^NOT NULL constraint failed: /, '') });
  return (which) => say('storage.restore.reason.notWritten', { which, detail: message });
}

/**
 * Copies every row of the candidate (attached as `backup`, at `version`) into `fresh`, a new file
 * at max(version, FIRST_SHARED_VERSION) made by the migrations. Each table goes in one statement;
 * if the database refuses one, the table is copied again row by row to name the row it refused.
 */
export function copyBackupRows(fresh: Db, tables: Map<string, string[]>, label: string): Map<string, number> {
  const counts = new Map<string, number>();
  fresh.transaction(() => {
    // The new file's starting lists and settings give way to the backup's own.
    for (const table of ['settings', 'categories', 'root_causes']) fresh.prepare(`DELETE FROM main.${table}`).run();
    for (const [table, columns] of tables) {
      const cols = columns.map(quote).join(', ');
      const select = `SELECT ${cols} FROM backup.${quote(table)}`;
      const expected = fresh.prepare(`SELECT count(*) FROM backup.${quote(table)}`).pluck().get() as number;
      try {
        fresh.prepare(`INSERT INTO main.${table} (${cols}) ${select}`).run();
      } catch (error) {
        throw firstRefusedRow(fresh, table, columns, label) ?? refusedRow(label, table, {}, reasonOf(error));
      }
      counts.set(table, expected);
    }
  })();
  return counts;
}

/** Inserts the table's rows one at a time in a savepoint that is rolled back, to find the first one refused. */
function firstRefusedRow(fresh: Db, table: string, columns: string[], label: string): AppError | null {
  const cols = columns.map(quote).join(', ');
  const insert = fresh.prepare(`INSERT INTO main.${table} (${cols}) VALUES (${columns.map(() => '?').join(', ')})`);
  // All at once: better-sqlite3 runs no other statement on a connection while one is being iterated.
  const rows = fresh.prepare(`SELECT ${cols} FROM backup.${quote(table)}`).all() as Record<string, unknown>[];
  let refused: AppError | null = null;
  fresh.exec('SAVEPOINT find_row');
  try {
    for (const row of rows) {
      try {
        insert.run(...columns.map((c) => row[c] as never));
      } catch (error) {
        refused = refusedRow(label, table, row, reasonOf(error));
        break;
      }
    }
  } finally {
    fresh.exec('ROLLBACK TO find_row; RELEASE find_row');
  }
  return refused;
}

const INSTANT_GLOB = '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z';

/** Columns that hold an instant, which every write stores as `toISOString()` does. */
const INSTANT_COLUMNS: Record<string, string[]> = {
  incidents: ['occurred_at', 'heard_at', 'empathized_at', 'apologized_at', 'resolved_at', 'diagnosed_at', 'follow_up_due_at', 'followed_up_at', 'deleted_at'],
  compensations: ['given_at', 'deleted_at', 'expires_at', 'redeemed_at'],
  lessons: ['done_at'],
  follow_up_reminders: ['due_at', 'sent_at'],
};

/** The settings the app edits, and the two it keeps itself (when the file was made; the ref counter). */
const KNOWN_SETTINGS: readonly string[] = [...SETTING_KEYS, 'createdAt', 'lastRefNumber', SETUP_DONE_KEY];

/**
 * The rules the database's constraints cannot say, checked on the new file before it replaces
 * anything: instants in the one stored form (so they sort and compare as text), settings Makegood
 * knows, drafts that are small plain JSON objects.
 */
export function checkRestoredRows(fresh: Db, label: string): void {
  for (const [table, columns] of Object.entries(INSTANT_COLUMNS)) {
    for (const column of columns) {
      const bad = fresh
        .prepare(`SELECT * FROM ${table} WHERE ${column} IS NOT NULL AND (${column} NOT GLOB '${INSTANT_GLOB}' OR julianday(${column}) IS NULL) LIMIT 1`)
        .get() as Record<string, unknown> | undefined;
      if (bad) throw refusedRow(label, table, bad, (which) => say('storage.restore.reason.notInstant', { which, column, value: String(bad[column]).slice(0, 40) }));
    }
  }
  for (const row of fresh.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    if (!KNOWN_SETTINGS.includes(row.key)) throw refusedRow(label, 'settings', row, (which) => say('storage.restore.reason.unknownSetting', { which }));
    try {
      JSON.parse(row.value);
    } catch {
      throw refusedRow(label, 'settings', row, (which) => say('storage.restore.reason.unreadableSetting', { which }));
    }
  }
  for (const row of fresh.prepare('SELECT key, value FROM drafts').all() as { key: string; value: string }[]) {
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      value = null;
    }
    const plainObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!plainObject || row.value.length > 100_000 || nestsDeeperThan(value, MAX_DEPTH)) {
      throw refusedRow(label, 'drafts', row, (which) => say('storage.restore.reason.badDraft', { which }));
    }
  }
  const dangling = fresh.pragma('foreign_key_check') as { table: string; rowid: number }[];
  if (dangling.length > 0) {
    const first = dangling[0]!;
    throw refusedRow(label, first.table, { id: first.rowid }, pointsNowhere);
  }
}
