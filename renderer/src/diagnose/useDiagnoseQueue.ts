import { useCall } from '../api/useCall';

/** Resolved, not yet diagnosed, oldest first; `limit: 1` is enough for the count in the nav. */
export const useDiagnoseQueue = (limit = 200) => useCall('diagnose.queue', { limit }, { refetchInterval: 60_000 });
