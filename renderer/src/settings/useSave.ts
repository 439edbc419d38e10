// Saves from the settings screens: refresh the list they change, tell the user in plain words if it failed.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelName, Request, Response } from '../../../shared/contract';
import { call } from '../api/call';
import { notifyError } from '../lib/notify';

export function useSave(refresh: readonly unknown[]) {
  const queryClient = useQueryClient();
  const key = JSON.stringify(refresh);
  return useCallback(
    async <C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C> | null> => {
      try {
        const value = await call(channel, request);
        await queryClient.invalidateQueries({ queryKey: JSON.parse(key) as unknown[] });
        return value;
      } catch (error) {
        notifyError(error, 'Not saved');
        return null;
      }
    },
    [queryClient, key],
  );
}
