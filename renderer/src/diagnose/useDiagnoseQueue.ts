import { useQuery } from '@tanstack/react-query';
import { call } from '../api/call';
import { keys } from '../api/keys';

/** Resolved, not yet diagnosed, oldest first; `limit: 1` is enough for the count in the nav. */
export const useDiagnoseQueue = (limit = 200) =>
  useQuery({ queryKey: keys.diagnoseQueue(limit), queryFn: () => call('diagnose.queue', { limit }), refetchInterval: 60_000 });
