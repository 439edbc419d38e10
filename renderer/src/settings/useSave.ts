// Saves from the settings screens: `write` refreshes what each save makes stale; a failure is told in plain words.
import { useCallback } from 'react';
import type { Request, Response } from '../../../shared/contract';
import type { WriteChannel } from '../../../shared/topics';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';

export function useSave() {
  const write = useWrite();
  return useCallback(
    async <C extends WriteChannel>(channel: C, request: Request<C>): Promise<Response<C> | null> => {
      try {
        return await write(channel, request);
      } catch (error) {
        notifyError(error, 'Not saved');
        return null;
      }
    },
    [write],
  );
}
