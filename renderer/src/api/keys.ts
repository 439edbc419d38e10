// Every query's key is its channel and its request, so a write finds the queries it made stale
// by their channel alone (api/call.ts `write`, shared/topics.ts). No other keys.
import type { Request } from '../../../shared/contract';
import type { ReadChannel } from '../../../shared/topics';

export type CallKey<C extends ReadChannel> = readonly [C, Request<C>];

export const callKey = <C extends ReadChannel>(channel: C, request: Request<C>): CallKey<C> => [channel, request];
