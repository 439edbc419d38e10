// Add and change compensations; afterwards the incident and every tracker month refetch (removing: deleted/actions).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Request } from '../../../shared/contract';
import { call } from '../api/call';
import { keys } from '../api/keys';

export function useCompensationSave(incidentId: number) {
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.incident(incidentId) }),
        queryClient.invalidateQueries({ queryKey: keys.compensations }),
      ]),
    [queryClient, incidentId],
  );
  const add = useCallback(
    async (request: Request<'compensations.add'>) => {
      const saved = await call('compensations.add', request);
      await refresh();
      return saved;
    },
    [refresh],
  );
  const update = useCallback(
    async (request: Request<'compensations.update'>) => {
      const saved = await call('compensations.update', request);
      await refresh();
      return saved;
    },
    [refresh],
  );
  return { add, update };
}
