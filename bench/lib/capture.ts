// "The same SQL run directly": records the statements a handler runs, then replays them with
// plain better-sqlite3 calls, so a channel's time can be set beside the time of its SQL alone.
import type { Db } from '../../electron/main/core/db/open';

type Method = 'all' | 'get' | 'run' | 'iterate';
interface Call {
  sql: string;
  method: Method;
  args: unknown[];
}

const METHODS = new Set<string>(['all', 'get', 'run', 'iterate']);

/** Runs `fn` once and returns every statement it ran on `db`, with its arguments. */
export async function captureStatements(db: Db, fn: () => Promise<unknown>): Promise<Call[]> {
  const calls: Call[] = [];
  const original = db.prepare;
  const patched = function (this: Db, sql: string) {
    const statement = original.call(this, sql);
    return new Proxy(statement, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'string' && METHODS.has(key) && typeof value === 'function') {
          return (...args: unknown[]) => {
            calls.push({ sql, method: key as Method, args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        if (typeof value !== 'function') return value;
        // pluck(), raw(), expand() return the statement itself: keep handing out the recording one.
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          return out === target ? receiver : out;
        };
      },
    });
  } as Db['prepare'];
  db.prepare = patched;
  try {
    await fn();
  } finally {
    db.prepare = original;
  }
  return calls;
}

/** A function that runs the captured statements again, prepared once, with raw better-sqlite3. */
export function replayer(db: Db, calls: Call[]): () => void {
  const prepared = calls.map((c) => ({ statement: db.prepare(c.sql), method: c.method, args: c.args }));
  return () => {
    for (const { statement, method, args } of prepared) {
      if (method === 'iterate') for (const _ of statement.iterate(...args)) void _;
      else statement[method](...args);
    }
  };
}
