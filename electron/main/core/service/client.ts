// The caller's side of the protocol: opens a core across a boundary and calls it as if it were here.
import { AppError, type ErrorCode, type Result } from '../../../../shared/result';
import type { CoreHost } from '../context';
import { say } from '../i18n/speak';
import type { CoreBackend } from './backend';
import { type CoreOpenOptions, type Endpoint, type FromCore, HOST_METHODS, type StreamName, type ToCore } from './protocol';

/** An endpoint whose far side can end: a worker thread or a utility process. */
export interface ExitingEndpoint extends Endpoint {
  onExit(handler: (why: string) => void): void;
}

export interface CoreClient extends CoreBackend {
  /** Settles once the far side has opened the data file, or failed to with a sentence. */
  ready: Promise<void>;
}

type Waiter = (message: FromCore) => void;

export function connectCore(endpoint: ExitingEndpoint, options: CoreOpenOptions, host?: CoreHost, onChange?: () => void): CoreClient {
  const send = (message: ToCore) => endpoint.post(message);
  const waiting = new Map<number, Waiter>();
  let nextId = 1;
  let stopped: string | null = null;
  let settleReady: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let onClosed: (() => void) | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    settleReady = { resolve, reject };
  });
  // Nobody may be listening yet when opening fails; the caller still sees it through `ready`.
  ready.catch(() => undefined);

  const stoppedResult = (): Extract<Result<never>, { ok: false }> => ({ ok: false, code: 'INTERNAL', message: say('storage.service.stopped', { why: String(stopped) }) });

  const answerHost = (message: Extract<FromCore, { type: 'host' }>) => {
    const method = host?.[message.method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    Promise.resolve()
      .then(() => {
        if (!method) throw new AppError('CONFLICT', say('storage.service.notHere'));
        return method.apply(host, message.args);
      })
      .then(
        (value) => send({ type: 'hostResult', id: message.id, ok: true, value }),
        (error: unknown) => {
          const code: ErrorCode = error instanceof AppError ? error.code : 'INTERNAL';
          if (!(error instanceof AppError)) console.error('[core host] failed', error);
          send({ type: 'hostResult', id: message.id, ok: false, code, message: error instanceof Error ? error.message : String(error) });
        },
      );
  };

  endpoint.listen((raw) => {
    const message = raw as FromCore;
    switch (message.type) {
      case 'ready':
        settleReady?.resolve();
        return;
      case 'failed':
        settleReady?.reject(new AppError(message.code, message.message));
        return;
      case 'host':
        answerHost(message);
        return;
      case 'closed':
        onClosed?.();
        return;
      case 'changed':
        onChange?.();
        return;
      default: {
        const waiter = waiting.get(message.id);
        waiting.delete(message.id);
        waiter?.(message);
      }
    }
  });

  endpoint.onExit((why) => {
    stopped = why;
    settleReady?.reject(new AppError('INTERNAL', say('storage.service.stoppedBeforeOpen', { why })));
    const stop: FromCore = { type: 'streamFailed', id: 0, code: 'INTERNAL', message: stoppedResult().message };
    for (const waiter of waiting.values()) waiter(stop);
    waiting.clear();
    onClosed?.();
  });

  const request = (message: ToCore & { id: number }) =>
    new Promise<FromCore>((resolve) => {
      if (stopped !== null) {
        resolve({ type: 'streamFailed', id: message.id, code: 'INTERNAL', message: stoppedResult().message });
        return;
      }
      waiting.set(message.id, resolve);
      send(message);
    });

  send({ type: 'open', options, hostMethods: host ? HOST_METHODS.filter((m) => typeof host[m] === 'function') : [] });

  return {
    ready,
    async call(channel, payload) {
      const answer = await request({ type: 'call', id: nextId++, channel, payload });
      if (answer.type === 'result') return answer.result;
      return answer.type === 'streamFailed' ? { ok: false, code: answer.code, message: answer.message } : stoppedResult();
    },
    stream(name: StreamName, payload: unknown): AsyncIterator<string> {
      const id = nextId++;
      let opened = false;
      let done = false;
      return {
        async next() {
          if (done) return { done: true, value: undefined };
          if (!opened) {
            opened = true;
            if (stopped === null) send({ type: 'stream', id, name, payload });
          }
          const answer = await request({ type: 'pull', id });
          if (answer.type === 'chunk') return { done: false, value: answer.chunk };
          done = true;
          if (answer.type === 'end') return { done: true, value: undefined };
          if (answer.type === 'streamFailed') throw new AppError(answer.code, answer.message);
          throw new AppError('INTERNAL', say('storage.service.outOfTurn'));
        },
        async return() {
          if (!done && opened && stopped === null) send({ type: 'cancel', id });
          done = true;
          return { done: true, value: undefined };
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (stopped !== null) {
          resolve();
          return;
        }
        onClosed = resolve;
        send({ type: 'close' });
      }),
  };
}
