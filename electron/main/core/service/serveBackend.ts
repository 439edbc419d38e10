// The callee's side of the protocol: waits for `open`, opens a backend, answers calls and pulls.
// Runs inside a worker thread (over a core) and inside Electron's utility process (over a service).
import { AppError, type ErrorCode } from '../../../../shared/result';
import type { CoreHost } from '../context';
import { say } from '../i18n/speak';
import type { CoreBackend } from './backend';
import type { CoreOpenOptions, Endpoint, FromCore, HostMethod, ToCore } from './protocol';

const asError = (error: unknown): { code: ErrorCode; message: string } =>
  error instanceof AppError ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };

export function serveBackend(endpoint: Endpoint, open: (options: CoreOpenOptions, host: CoreHost | undefined) => CoreBackend | Promise<CoreBackend>, onClosed: () => void): void {
  const send = (message: FromCore) => endpoint.post(message);
  let backend: CoreBackend | null = null;
  const hostCalls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  const streams = new Map<number, AsyncIterator<string>>();
  let nextHostId = 1;

  // The host's abilities, asked for across the boundary: the answer comes back as `hostResult`.
  const hostProxy = (methods: HostMethod[]): CoreHost | undefined => {
    if (methods.length === 0) return undefined;
    const ask = (method: HostMethod) => (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextHostId++;
        hostCalls.set(id, { resolve, reject });
        send({ type: 'host', id, method, args });
      });
    return Object.fromEntries(methods.map((m) => [m, ask(m)])) as unknown as CoreHost;
  };

  endpoint.listen((raw) => {
    const message = raw as ToCore;
    switch (message.type) {
      case 'open':
        Promise.resolve()
          .then(() => open(message.options, hostProxy(message.hostMethods)))
          .then((opened) => {
            backend = opened;
            send({ type: 'ready' });
          })
          .catch((error: unknown) => send({ type: 'failed', ...asError(error) }));
        return;
      case 'call':
        if (!backend) {
          send({ type: 'result', id: message.id, result: { ok: false, code: 'INTERNAL', message: say('storage.service.notOpenYet') } });
          return;
        }
        // dispatch never throws, and a service's call answers every failure as a Result too.
        void backend.call(message.channel, message.payload).then((result) => send({ type: 'result', id: message.id, result }));
        return;
      case 'hostResult': {
        const pending = hostCalls.get(message.id);
        hostCalls.delete(message.id);
        if (message.ok) pending?.resolve(message.value);
        else pending?.reject(new AppError(message.code, message.message));
        return;
      }
      case 'stream':
        if (backend) streams.set(message.id, backend.stream(message.name, message.payload));
        return;
      case 'pull': {
        const stream = streams.get(message.id);
        if (!stream) {
          send({ type: 'streamFailed', id: message.id, code: 'INTERNAL', message: say('storage.service.noSuchStream') });
          return;
        }
        stream.next().then(
          (step) => {
            if (step.done) {
              streams.delete(message.id);
              send({ type: 'end', id: message.id });
            } else send({ type: 'chunk', id: message.id, chunk: step.value });
          },
          (error: unknown) => {
            streams.delete(message.id);
            send({ type: 'streamFailed', id: message.id, ...asError(error) });
          },
        );
        return;
      }
      case 'cancel':
        void streams.get(message.id)?.return?.();
        streams.delete(message.id);
        return;
      case 'close':
        Promise.resolve(backend?.close())
          .catch((error: unknown) => console.error('[core] closing failed', error))
          .finally(() => {
            backend = null;
            send({ type: 'closed' });
            onClosed();
          });
        return;
    }
  });
}
