// A PostgreSQL connection with better-sqlite3's synchronous calls (db/engine.ts), so the one domain
// layer runs unchanged on both engines. `pg` (the pure-JavaScript driver, no native build to ship
// for three systems) runs on a helper thread (thread.ts); each call posts its request and waits
// with Atomics.wait until the answer is there. The core already runs on threads of its own
// (core/service), so this blocks no screen and no other request, as a SQLite read would not.
//
// Writes are serialised as SQLite serialises them: every write transaction first takes one
// transaction-scoped advisory lock, the counterpart of BEGIN IMMEDIATE. A domain command's check
// and its write (the next ref, the allowance left, "changed on another counter") therefore see
// every commit made before them, from any counter, with no retry loop.
import { parseIntoClientConfig } from 'pg-connection-string';
import { say } from '../../i18n/speak';
import { markDialect, type EngineDb, type RunResult, type Statement, type Transaction, type TransactionFn } from '../engine';
import { bindValues, numberPlaceholders, type Numbered } from './placeholders';
import { withLibpqSslModes } from './sslMode';
import { PgError, Wire, type Answer } from './wire';

export { PgError };

/** The advisory lock every write transaction takes: 'MGOD' and 1, an arbitrary pair that is Makegood's. */
export const WRITE_LOCK_SQL = 'SELECT pg_advisory_xact_lock(1296516932, 1)';

/** The channel every write transaction notifies at its commit (core/service/changes.ts listens); the payload is the schema written. */
export const CHANGES_CHANNEL = 'makegood_changes';
/** Sent with COMMIT: a NOTIFY is delivered when its transaction commits, never when it rolls back. */
const NOTIFY_THEN_COMMIT = `SELECT pg_notify('${CHANGES_CHANNEL}', current_schema()); COMMIT`;

const CURSOR_BATCH = 1000;

export interface PgConnectOptions {
  /** postgres://user@host:port/database?sslmode=…; the password from PGPASSWORD (or the app's safeStorage), never the URL on disk. */
  url: string;
  password?: string;
  /** How long to wait for the server to accept the connection. */
  connectTimeoutMs?: number;
  applicationName?: string;
}

const START = /^\s*(?:--[^\n]*\n\s*)*(\w+)/;

class PgStatement<Row> implements Statement<Row> {
  private readonly numbered: Numbered;
  private plucked = false;
  private arrays = false;
  readonly reader: boolean;
  private readonly insertInto: string | null;

  constructor(
    private readonly db: PgDb,
    readonly source: string,
  ) {
    this.numbered = numberPlaceholders(source);
    const verb = START.exec(source)?.[1]?.toUpperCase() ?? '';
    this.reader = ['SELECT', 'WITH', 'VALUES', 'SHOW', 'EXPLAIN', 'TABLE'].includes(verb) || /\bRETURNING\b/i.test(source);
    this.insertInto = verb === 'INSERT' && !/\bRETURNING\b/i.test(source) ? (/^\s*INSERT\s+INTO\s+"?(\w+)"?/i.exec(source)?.[1] ?? null) : null;
  }

  pluck(toggle = true): this {
    this.plucked = toggle;
    if (toggle) this.arrays = false;
    return this;
  }

  raw(toggle = true): this {
    this.arrays = toggle;
    if (toggle) this.plucked = false;
    return this;
  }

  private rowMode(): 'array' | undefined {
    return this.plucked || this.arrays ? 'array' : undefined;
  }

  private shape(rows: unknown[]): Row[] {
    return (this.plucked ? rows.map((r) => (r as unknown[])[0]) : rows) as Row[];
  }

  private query(text: string, args: unknown[]): Answer {
    return this.db.wire().call({ op: 'query', text, values: bindValues(this.numbered.slots, args), rowMode: this.rowMode() });
  }

  all(...args: unknown[]): Row[] {
    return this.shape(this.query(this.numbered.text, args).rows ?? []);
  }

  get(...args: unknown[]): Row | undefined {
    return this.all(...args)[0];
  }

  run(...args: unknown[]): RunResult {
    // SQLite hands back the new row's id; PostgreSQL says it when asked, so an insert into a table
    // with an id asks (RETURNING id), as better-sqlite3's lastInsertRowid would have told.
    const withId = this.insertInto !== null && this.db.hasIdColumn(this.insertInto);
    const answer = this.db.wire().call({
      op: 'query',
      text: withId ? `${this.numbered.text} RETURNING id` : this.numbered.text,
      values: bindValues(this.numbered.slots, args),
      rowMode: 'array',
    });
    const rows = (answer.rows ?? []) as unknown[][];
    const last = withId && rows.length > 0 ? (rows[rows.length - 1]![0] as number) : 0;
    return { changes: answer.rowCount ?? 0, lastInsertRowid: last };
  }

  *iterate(...args: unknown[]): IterableIterator<Row> {
    // A cursor reads a long result (an export of every incident) a batch at a time, as SQLite steps it.
    // It lives in a transaction: inside the caller's, or one of its own for its reads.
    const own = !this.db.inTransaction;
    if (own) this.db.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const id = this.db.nextCursorId();
    const wire = this.db.wire();
    let done = false;
    try {
      wire.call({ op: 'cursor-open', id, text: this.numbered.text, values: bindValues(this.numbered.slots, args), rowMode: this.rowMode() });
      for (;;) {
        const rows = wire.call({ op: 'cursor-read', id, count: CURSOR_BATCH }).rows ?? [];
        if (rows.length === 0) break;
        yield* this.shape(rows);
        if (rows.length < CURSOR_BATCH) break;
      }
      done = true;
    } finally {
      try {
        wire.call({ op: 'cursor-close', id });
      } finally {
        if (own) this.db.exec(done ? 'COMMIT' : 'ROLLBACK');
      }
    }
  }
}

export class PgDb implements EngineDb {
  private connection: Wire;
  private readonly config: Record<string, unknown>;
  private depth = 0;
  private cursorCount = 0;
  private isOpen = true;
  private idTables: Set<string> | null = null;
  readonly name: string;
  readonly serverVersion: number;

  constructor(options: PgConnectOptions) {
    this.name = redactUrl(options.url);
    this.config = {
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      application_name: options.applicationName ?? 'makegood',
      // A server gone silent (a cable pulled, no reset sent) is noticed in about a minute, not two hours.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      ...pgAddress(options.url, options.password),
    };
    this.connection = new Wire(this.config);
    markDialect(this, 'postgres');
    try {
      // The thread starts, connects (within connectTimeoutMs) and answers; a little longer than that is the most it can take.
      this.serverVersion = this.connection.call({ op: 'connect' }, (options.connectTimeoutMs ?? 10_000) + 20_000).serverVersion ?? 0;
    } catch (error) {
      this.connection.close();
      throw error;
    }
  }

  /**
   * The connection, for the statements: refused once closed. A wire given up on (no answer in
   * time) is replaced by a new one, which connects afresh; a transaction it held is gone with it.
   */
  wire(): Wire {
    if (!this.isOpen) throw new TypeError('The database connection is not open');
    if (this.connection.broken) {
      this.connection.close();
      this.connection = new Wire(this.config);
      this.depth = 0;
    }
    return this.connection;
  }

  nextCursorId(): number {
    this.cursorCount += 1;
    return this.cursorCount;
  }

  /** Whether `table` has an `id` column (its inserts hand back the new id). Read once per connection. */
  hasIdColumn(table: string): boolean {
    if (this.idTables === null) {
      const rows = this.wire().call({
        op: 'query',
        text: "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'id'",
        values: [],
        rowMode: 'array',
      }).rows as string[][];
      this.idTables = new Set(rows.map((r) => r[0]!));
    }
    return this.idTables.has(table);
  }

  /** Forgets what it read of the schema (after a migration adds tables). */
  schemaChanged(): void {
    this.idTables = null;
  }

  get open(): boolean {
    return this.isOpen;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare<Row = unknown>(sql: string): Statement<Row> {
    this.wire();
    return new PgStatement<Row>(this, sql);
  }

  exec(sql: string): this {
    this.wire().call({ op: 'exec', text: sql });
    return this;
  }

  /**
   * Starts one read-only snapshot that lasts across many calls, until the connection closes: a
   * streamed export's pieces (data/exportFile.ts), as a SQLite connection's open BEGIN does.
   */
  beginReadSnapshot(): void {
    if (this.depth > 0) throw new Error('A read snapshot cannot start inside a transaction.');
    this.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    this.depth = 1;
  }

  pragma(source: string): unknown {
    throw new Error(`PRAGMA ${source} is SQLite's; the shared PostgreSQL database has no such setting.`);
  }

  transaction<F extends TransactionFn>(fn: F): Transaction<F> {
    const run = (begin: string, commit = 'COMMIT') =>
      ((...args: Parameters<F>): ReturnType<F> => {
        if (this.depth > 0) return this.savepoint(fn, args);
        this.exec(begin);
        this.depth = 1;
        try {
          const result = fn(...args) as ReturnType<F>;
          this.depth = 0;
          this.exec(commit);
          return result;
        } catch (error) {
          this.depth = 0;
          try {
            this.exec('ROLLBACK');
          } catch {
            // The connection is gone: the server has rolled the transaction back itself.
          }
          throw error;
        }
      });
    // Other counters hear of every write (LISTEN in their hosts) and refetch what they show.
    const write = run(`BEGIN; ${WRITE_LOCK_SQL}`, NOTIFY_THEN_COMMIT);
    const tx = write as unknown as Transaction<F>;
    tx.immediate = write as unknown as Transaction<F>['immediate'];
    tx.exclusive = write as unknown as Transaction<F>['exclusive'];
    // A read in one snapshot, as a deferred SQLite transaction that only reads.
    tx.deferred = run('BEGIN ISOLATION LEVEL REPEATABLE READ') as unknown as Transaction<F>['deferred'];
    return tx;
  }

  private savepoint<F extends TransactionFn>(fn: F, args: Parameters<F>): ReturnType<F> {
    const name = `makegood_${this.depth}`;
    this.exec(`SAVEPOINT ${name}`);
    this.depth += 1;
    try {
      const result = fn(...args) as ReturnType<F>;
      this.depth -= 1;
      this.exec(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (error) {
      this.depth -= 1;
      this.exec(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`);
      throw error;
    }
  }

  close(): this {
    if (!this.isOpen) return this;
    this.isOpen = false;
    this.connection.close();
    return this;
  }
}

/**
 * pg's settings for the address, with `password` (Settings' typed or remembered one) when given.
 * Beside a connectionString, pg would take the string's password (none: it is never in the
 * address) over the one given, and fall back to PGPASSWORD; so the address is read here, into
 * fields, and the password set after. Empty, PGPASSWORD, ~/.pgpass or the server's trust decide.
 */
export function pgAddress(url: string, password?: string): Record<string, unknown> {
  const address: Record<string, unknown> = { ...parseIntoClientConfig(withLibpqSslModes(url)) };
  if (password) address.password = password;
  else delete address.password;
  return address;
}

/** The URL with its password, if one was written into it, taken out: what logs and screens show. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return say('storage.pg.unreadableAddress');
  }
}
