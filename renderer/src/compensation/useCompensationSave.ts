// Add and change compensations (removing: deleted/actions); `write` refetches what they made stale:
// the incident, the tracker, allowances, figures and Patterns.
import { useCallback } from 'react';
import type { Request } from '../../../shared/contract';
import { useWrite } from '../api/useCall';

export function useCompensationSave() {
  const write = useWrite();
  const add = useCallback((request: Request<'compensations.add'>) => write('compensations.add', request), [write]);
  const update = useCallback((request: Request<'compensations.update'>) => write('compensations.update', request), [write]);
  return { add, update };
}
