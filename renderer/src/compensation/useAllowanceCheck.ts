// Where the giver stands against this month's allowance, asked ~250 ms after cost and giver settle.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Request } from '../../../shared/contract';
import { call } from '../api/call';
import { callKey } from '../api/keys';

export type AllowanceRequest = Request<'compensations.checkAllowance'>;

const ask = (r: AllowanceRequest) => call('compensations.checkAllowance', r);

export function useAllowanceCheck(request: AllowanceRequest | null) {
  const queryClient = useQueryClient();
  // Debounce the request's text: a fresh object every render would restart the timer forever.
  const [text] = useDebouncedValue(request ? JSON.stringify(request) : null, 250);
  const debounced = useMemo(() => (text ? (JSON.parse(text) as AllowanceRequest) : null), [text]);
  const query = useQuery({
    queryKey: callKey('compensations.checkAllowance', debounced ?? ({} as AllowanceRequest)),
    queryFn: () => ask(debounced as AllowanceRequest),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  /** The answer for exactly this request, asked now if the debounced one is behind (Enter pressed fast). */
  const checkNow = useCallback(
    (r: AllowanceRequest) => queryClient.fetchQuery({ queryKey: callKey('compensations.checkAllowance', r), queryFn: () => ask(r), staleTime: 5_000 }),
    [queryClient],
  );
  return { check: request === null ? undefined : query.data, checkNow };
}
