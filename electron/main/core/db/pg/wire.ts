// The wire to the helper thread that talks to PostgreSQL (thread.ts): a request posted, the calling
// thread blocked in Atomics.wait until the answer is there. Used by pgDb.ts only.
import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { PG_THREAD_SOURCE } from './thread';

/** A call with no answer after this long is given up (the server or the network is gone). */
const ANSWER_WITHIN_MS = 10 * 60_000;

/** What the server said when a call failed: PostgreSQL's SQLSTATE as `code`, as SQLite's errors carry theirs. */
export class PgError extends Error {
  code: string | undefined;
  constraint: string | undefined;
  detail: string | undefined;
  /** The connection itself failed (the server stopped, the network dropped); the next call reconnects. */
  lost: boolean;
  constructor(info: { message: string; code?: string; constraint?: string; detail?: string; lost?: boolean }) {
    super(info.message);
    this.name = 'PgError';
    this.code = info.code;
    this.constraint = info.constraint;
    this.detail = info.detail;
    this.lost = Boolean(info.lost) || isConnectionCode(info.code);
  }
}

const isConnectionCode = (code: string | undefined) =>
  code !== undefined && (/^08/.test(code) || ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE', 'EAI_AGAIN'].includes(code));

export interface Answer {
  rows?: unknown[];
  fields?: string[];
  rowCount?: number | null;
  command?: string;
  serverVersion?: number;
}

const requireHere = createRequire(import.meta.url);

export class Wire {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private closed = false;

  constructor(config: Record<string, unknown>) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(PG_THREAD_SOURCE, {
      eval: true,
      // Plain JavaScript: no loader of the parent's (tsx's hooks would wait on this very thread, blocked below).
      execArgv: [],
      workerData: { port: port2, signal: this.signal, config, pgPath: requireHere.resolve('pg'), cursorPath: requireHere.resolve('pg-cursor') },
      transferList: [port2],
    });
    // The thread is only ever waited for synchronously; it must not keep a finished process alive.
    this.worker.unref();
    this.port.unref();
  }

  call(request: Record<string, unknown>, answerWithinMs = ANSWER_WITHIN_MS): Answer {
    if (this.closed) throw new PgError({ message: 'The connection to the shared database is closed.', code: '08003', lost: true });
    Atomics.store(this.signal, 0, 0);
    this.port.postMessage(request);
    const waited = Atomics.wait(this.signal, 0, 0, answerWithinMs);
    const message = receiveMessageOnPort(this.port)?.message as { ok?: Answer; error?: ConstructorParameters<typeof PgError>[0] } | undefined;
    if (!message) {
      const within = answerWithinMs >= 60_000 ? `${Math.round(answerWithinMs / 60_000)} minutes` : `${Math.round(answerWithinMs / 1000)} seconds`;
      throw new PgError({ message: waited === 'timed-out' ? `The shared database did not answer within ${within}.` : 'The shared database connection stopped answering.', code: '08006', lost: true });
    }
    if (message.error) throw new PgError(message.error);
    return message.ok ?? {};
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' });
    } catch {
      // Closing a connection the server already dropped: nothing left to end.
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}

