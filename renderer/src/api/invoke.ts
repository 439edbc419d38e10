// The renderer's one way out: Electron's preload `invoke` when present, else loopback HTTP.
import type { ChannelName, Invoke, Request, Response } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { keyHeader } from './browserKey';

declare global {
  interface Window {
    makegood?: {
      invoke: Invoke;
      /** The data changed (another counter, or this window's own save): returns the way to stop listening. */
      onChange?: (listener: () => void) => () => void;
    };
  }
}

const viaHttp: Invoke = async <C extends ChannelName>(channel: C, request: Request<C>) => {
  let res: globalThis.Response;
  try {
    res = await fetch(`/rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...keyHeader() },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, code: 'INTERNAL', message: 'Makegood is not reachable. Is it still running?' } as const;
  }
  try {
    return (await res.json()) as Result<Response<C>>;
  } catch {
    return { ok: false, code: 'INTERNAL', message: `Makegood answered with an unreadable reply (${res.status}).` } as const;
  }
};

/** Served to a browser tab by `makegood serve` rather than running inside the desktop app. */
export const isBrowserMode = () => !window.makegood;

export const invoke: Invoke = (channel, request) => {
  const bridge = window.makegood;
  return bridge ? bridge.invoke(channel, request) : viaHttp(channel, request);
};
