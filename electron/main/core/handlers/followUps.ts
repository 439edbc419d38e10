import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { followUpMessage } from '../domain/followUpMessage';
import { claimDueReminders } from '../domain/followUps';
import type { HandlerGroup } from './types';

type FollowUpChannels = 'followUps.claimDue' | 'followUps.message';

export const followUpHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<FollowUpChannels> => ({
  'followUps.claimDue': () => claimDueReminders(db, nowIso(ctx)),
  'followUps.message': (req) => followUpMessage(db, req.incidentId),
});
