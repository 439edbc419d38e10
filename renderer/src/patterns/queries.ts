// The five pattern queries, one per card, so each card draws as soon as its own numbers arrive.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Period } from '../../../shared/schemas/patterns';
import type { Request } from '../../../shared/contract';
import { call } from '../api/call';

type PatternChannel =
  | 'patterns.callouts'
  | 'patterns.pareto'
  | 'patterns.trend'
  | 'patterns.recovery'
  | 'patterns.recoveryByKind'
  | 'patterns.breakdowns';

/** Under `incidents`, so any incident or compensation change that invalidates incidents redraws the charts. */
const patternKey = (channel: PatternChannel, period: Period) => ['incidents', 'patterns', channel, period.from, period.to] as const;

export function usePattern<C extends PatternChannel>(channel: C, period: Period) {
  return useQuery({
    queryKey: patternKey(channel, period),
    // Every pattern channel takes a Period; TypeScript cannot see that through the generic.
    queryFn: () => call(channel, period as Request<C>),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}
