// Browser mode's change signal: GET /changes is a Server-Sent Events stream that says `changed`
// each time the data changes (core/service/changes.ts), so the page refetches what it shows. The
// page reads it with fetch, not EventSource, which cannot send the session key's header.
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';

export const CHANGES_PATH = '/changes';

/** Where the bridge hears of changes: `serve`'s core service. */
export interface ChangeFeed {
  subscribe(listener: () => void): () => void;
}

/** A comment line this often keeps an idle stream open through anything that closes silent connections. */
const KEEP_ALIVE_MS = 25_000;

export function addChangeEventsRoute(app: Hono, feed: ChangeFeed): void {
  app.get(CHANGES_PATH, (c) => {
    const res = streamSSE(c, async (stream) => {
      const send = (event: string) => stream.writeSSE({ event, data: '' }).catch(() => undefined);
      const stop = feed.subscribe(() => void send('changed'));
      const keepAlive = setInterval(() => void stream.write(': still here\n\n').catch(() => undefined), KEEP_ALIVE_MS);
      await send('ready');
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      clearInterval(keepAlive);
      stop();
    });
    // streamSSE says no-cache; like every other answer with data, it is never stored.
    res.headers.set('Cache-Control', 'no-store');
    return res;
  });
}
