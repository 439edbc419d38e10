// The wire to the helper thread that talks to PostgreSQL (thread.ts): a request posted, the calling
// thread blocked in Atomics.wait until the answer is there. Used by pgDb.ts only.
import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { say } from '../../i18n/speak';
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
  /** No answer came in time: the next call needs a new wire (PgDb.wire). */
  broken = false;

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
    if (this.closed) throw new PgError({ message: say('storage.pg.closed'), code: '08003', lost: true });
    this.port.postMessage(request);
    // signal[0] counts the answers posted. A wake-up is only a hint (a late notify of the last answer
    // can arrive now): the answer is there when the port holds it. Reading the count before looking
    // at the port means an answer posted in between changes it, so the wait below returns at once.
    const deadline = Date.now() + answerWithinMs;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const message = receiveMessageOnPort(this.port)?.message as { ok?: Answer; error?: ConstructorParameters<typeof PgError>[0] } | undefined;
      if (message) {
        if (message.error) throw new PgError(message.error);
        return message.ok ?? {};
      }
      const left = deadline - Date.now();
      if (left <= 0 || Atomics.wait(this.signal, 0, seen, left) === 'timed-out') {
        // The request may still be answered later, and would be taken for the next one's answer:
        // this wire is done; PgDb starts a new one for the next call.
        this.broken = true;
        const message =
          answerWithinMs >= 60_000
            ? say('storage.pg.noAnswerMinutes', { minutes: Math.round(answerWithinMs / 60_000) })
            : say('storage.pg.noAnswerSeconds', { seconds: Math.round(answerWithinMs / 1000) });
        throw new PgError({ message, code: '08006', lost: true });
      }
    }
  }


  close(): void {
    if (this.closed) return;
    try {
      // A wire given up on is not asked again: its thread is ended below.
      if (!this.broken) this.call({ op: 'close' }, 5_000);
    } catch {
      // Closing a connection the server already dropped: nothing left to end.
    }
    this.closed = true;
    this.port.close();
    void this.worker.terminate();
  }
}

