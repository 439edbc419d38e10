import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { restoreCompensation } from '../domain/compensations';
import { recentlyDeleted } from '../repos/deleted';
import { deleteIncident, restoreIncident } from '../domain/deletion';
import type { HandlerGroup } from './types';

// Deleting and its undo, in one place: what can be restored, and for how long, is decided here.
type DeletedChannels = 'incidents.remove' | 'incidents.restore' | 'compensations.restore' | 'recentlyDeleted.list';

export const deletedHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<DeletedChannels> => ({
  'incidents.remove': (req) => deleteIncident(db, req.id, nowIso(ctx)),
  'incidents.restore': (req) => restoreIncident(db, req.id, nowIso(ctx)),
  'compensations.restore': (req) => restoreCompensation(db, req.id, nowIso(ctx)),
  'recentlyDeleted.list': () => recentlyDeleted(db),
});
