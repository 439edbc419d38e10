// The renderer's two ways to the backend: `call` asks (a read channel; its answer may be cached),
// `write` changes something and then refetches every cached answer it made stale, by the one table
// of what each channel reads and writes (shared/topics.ts). Result → value or a thrown ApiError.
import type { QueryClient } from '@tanstack/react-query';
import { type ChannelName, isChannelName, type Request, type Response } from '../../../shared/contract';
import type { ErrorCode, FieldIssue } from '../../../shared/result';
import { type ReadChannel, staleAfter, type WriteChannel } from '../../../shared/topics';
import { invoke } from './invoke';
import { callKey } from './keys';
import { noteResult } from './reachability';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function send<C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await invoke(channel, request);
  noteResult(result);
  if (result.ok) return result.value;
  throw new ApiError(result.code, result.message, result.issues);
}

/** Asks a read channel. A channel that writes does not compile here: it goes through `write`. */
export const call = <C extends ReadChannel>(channel: C, request: Request<C>): Promise<Response<C>> => send(channel, request);

/** A query's key starts with its channel (api/keys.ts); one that does not is refetched after every write, to be safe. */
const isStale = (write: WriteChannel, key: readonly unknown[]) => {
  const read = key[0];
  return typeof read === 'string' && isChannelName(read) ? staleAfter(write, read) : true;
};

export interface WriteOptions<C extends ChannelName> {
  /** Runs once the write is saved, before anything refetches: show the answer, or leave a screen whose record is gone. */
  first?: (value: Response<C>) => void;
  /**
   * false: resolve as soon as it is saved, while the stale screens refetch behind. For edits made at
   * keyboard speed (a step per key), which must not wait for lists they do not show.
   */
  wait?: boolean;
}

/**
 * Sends a write, then invalidates every query whose channel reads a topic it wrote and (unless
 * `wait: false`) waits for the ones on screen to refetch. The only place the renderer decides what
 * a write made stale.
 */
export async function write<C extends WriteChannel>(
  client: QueryClient,
  channel: C,
  request: Request<C>,
  options: WriteOptions<C> = {},
): Promise<Response<C>> {
  const value = await send(channel, request);
  options.first?.(value);
  // Never rejects: a refetch that fails shows on its own screen.
  const refetched = client.invalidateQueries({ predicate: (query) => isStale(channel, query.queryKey) });
  if (options.wait ?? true) await refetched;
  return value;
}

/** Fetches one answer afresh: "Reload" after an edit was refused as changed on another counter (lib/stale.tsx). */
export function reload<C extends ReadChannel>(client: QueryClient, channel: C, request: Request<C>): void {
  void client.invalidateQueries({ queryKey: callKey(channel, request) });
}

/**
 * Another counter changed the data (api/liveUpdates.ts): every answer whose fetch started before
 * the signal came (`startedAt` of its query hash, else never) is stale. A fetch that started after
 * already has the change.
 */
export function invalidateFetchedBefore(client: QueryClient, since: number, startedAt: (queryHash: string) => number | undefined): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => (startedAt(query.queryHash) ?? 0) < since });
}

/** The shared database answers again after it could not be reached: every screen asks again. */
export function invalidateAll(client: QueryClient): Promise<void> {
  return client.invalidateQueries();
}

/** Field issues by dotted path (first message wins), for errors shown beside a field. */
export function issuesByPath(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const issue of error.issues) out[issue.path] ??= issue.message;
  }
  return out;
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong. Please try again.';
