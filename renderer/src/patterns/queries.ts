// The pattern queries, one per card, so each card draws as soon as its own numbers arrive.
import { keepPreviousData } from '@tanstack/react-query';
import type { Request } from '../../../shared/contract';
import type { Period } from '../../../shared/schemas/patterns';
import { useCall } from '../api/useCall';

type PatternChannel =
  | 'patterns.callouts'
  | 'patterns.pareto'
  | 'patterns.trend'
  | 'patterns.recovery'
  | 'patterns.recoveryByKind'
  | 'patterns.breakdowns';

/** Keyed by channel and period like every query: a write that changes a pattern (shared/topics.ts) refetches it. */
export function usePattern<C extends PatternChannel>(channel: C, period: Period) {
  // Every pattern channel takes a Period; TypeScript cannot see that through the generic.
  return useCall(channel, period as Request<C>, { placeholderData: keepPreviousData, staleTime: 30_000 });
}
