// What serves calls on the far side of a boundary: a core in this thread, or a service of threads.
import type { Core } from '../app';
import { dispatch } from '../rpc/dispatch';
import type { CoreCall, StreamName } from './protocol';
import { streamSources } from './streams';

export interface CoreBackend {
  call: CoreCall;
  /** A named stream's pieces, in order; the caller pulls the next one when it has room for it. */
  stream(name: StreamName, payload: unknown): AsyncIterator<string>;
  close(): Promise<void>;
}

/** A core opened in this thread, served as a backend. */
export function inProcessBackend(core: Core): CoreBackend {
  return {
    call: (channel, payload) => dispatch(core.handlers, channel, payload),
    stream: (name, payload) => streamSources[name](core, payload),
    close: async () => core.close(),
  };
}
