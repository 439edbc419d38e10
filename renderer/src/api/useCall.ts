// The hooks every screen reads and writes with: a query keyed by its channel, and `write` bound to the app's cache.
import { type UseQueryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Request, Response } from '../../../shared/contract';
import type { ReadChannel, WriteChannel } from '../../../shared/topics';
import { call, write, type WriteOptions } from './call';
import { type CallKey, callKey } from './keys';
import { noteFetchStarted } from './liveUpdates';

export type CallOptions<C extends ReadChannel> = Omit<UseQueryOptions<Response<C>, Error, Response<C>, CallKey<C>>, 'queryKey' | 'queryFn'>;

/** useQuery for one channel and request; every write that changes its answer refetches it. */
export function useCall<C extends ReadChannel>(channel: C, request: Request<C>, options?: CallOptions<C>) {
  const queryKey = callKey(channel, request);
  return useQuery({
    ...options,
    queryKey,
    queryFn: () => {
      noteFetchStarted(queryKey);
      return call(channel, request);
    },
  });
}

export type Write = <C extends WriteChannel>(channel: C, request: Request<C>, options?: WriteOptions<C>) => Promise<Response<C>>;

/** `write` on this app's query cache. */
export function useWrite(): Write {
  const client = useQueryClient();
  return useCallback<Write>((channel, request, options) => write(client, channel, request, options), [client]);
}
