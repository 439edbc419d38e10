// Whether the shared database answers: every call's result says so (api/call.ts). A call that
// fails with UNAVAILABLE (the server stopped, the network dropped) makes it unreachable; any
// call that succeeds makes it reachable again. SQLite is local, so it never becomes unreachable.
import { useSyncExternalStore } from 'react';
import type { Result } from '../../../shared/result';

let unreachable = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (next === unreachable) return;
  unreachable = next;
  for (const listener of listeners) listener();
}

/** Every answer from the core passes here. */
export function noteResult(result: Result<unknown>): void {
  if (result.ok) set(false);
  else if (result.code === 'UNAVAILABLE') set(true);
}

export const isUnreachable = () => unreachable;

export function onReachabilityChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** True while the shared database cannot be reached. */
export const useUnreachable = () => useSyncExternalStore(onReachabilityChange, isUnreachable);
