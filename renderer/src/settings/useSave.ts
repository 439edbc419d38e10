// Saves from the settings screens: `write` refreshes what each save makes stale; a failure is told in plain words.
import { useCallback } from 'react';
import type { Request, Response } from '../../../shared/contract';
import type { WriteChannel } from '../../../shared/topics';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useT } from '../lib/useT';

export function useSave() {
  const write = useWrite();
  const t = useT();
  return useCallback(
    async <C extends WriteChannel>(channel: C, request: Request<C>): Promise<Response<C> | null> => {
      try {
        return await write(channel, request);
      } catch (error) {
        notifyError(error, t('settings.notSaved'));
        return null;
      }
    },
    [write, t],
  );
}
