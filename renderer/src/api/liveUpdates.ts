// Other counters' changes on this screen within a few seconds: on each "changed" signal
// (api/changes.ts) the cached answers are invalidated, so what is on screen refetches and the rest
// refetches when next shown. At most once a second, and never an answer fetched after the signal
// came (this window's own save already refetched what it made stale, api/call.ts).
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateFetchedBefore } from './call';
import { subscribeToChanges } from './changes';

/** When each query's latest fetch started, by query hash: an answer asked for after a change already has it. */
const fetchStarted = new Map<string, number>();

export function noteFetchStarted(queryKey: readonly unknown[]): void {
  fetchStarted.set(hashKey(queryKey), performance.now());
}

export const AT_MOST_EVERY_MS = 1000;

/** Invalidates every query whose answer may predate `since`. */
export function invalidateOlderThan(client: QueryClient, since: number): Promise<void> {
  // A fetch under way that started before is started again (it may have missed the change); one that started after is left.
  return invalidateFetchedBefore(client, since, (hash) => fetchStarted.get(hash));
}

/**
 * How long a signal waits before it invalidates: a save's own signal comes at about the moment its
 * answer does, and by then the save's refetches have started, so they are not asked for twice.
 */
const SETTLE_MS = 200;

/** Follows the change signal for this app's cache. */
export function useLiveUpdates(client: QueryClient): void {
  useEffect(() => {
    let last = -Infinity;
    let timer: number | undefined;
    let latestSignal = 0;
    const run = () => {
      timer = undefined;
      last = performance.now();
      void invalidateOlderThan(client, latestSignal);
    };
    const stop = subscribeToChanges(() => {
      // Stamped on arrival: a fetch that starts after it has the change.
      latestSignal = performance.now();
      if (timer !== undefined) return;
      timer = window.setTimeout(run, Math.max(SETTLE_MS, last + AT_MOST_EVERY_MS - performance.now()));
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [client]);
}
