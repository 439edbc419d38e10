import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { getIncidentDetail } from '../repos/incidents/read';
import { homeSummary, listIncidents } from '../repos/incidents/list';
import { createIncident, setStep, updateIncident } from '../domain/incidents';
import type { HandlerGroup } from './types';

type IncidentChannels =
  | 'incidents.create'
  | 'incidents.get'
  | 'incidents.update'
  | 'incidents.setStep'
  | 'incidents.list'
  | 'incidents.home';

export const incidentHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<IncidentChannels> => ({
  'incidents.create': (req) => createIncident(db, req, nowIso(ctx)),
  'incidents.get': (req) => getIncidentDetail(db, req.id),
  'incidents.update': (req) => updateIncident(db, req.id, req.changes, nowIso(ctx), req.updatedAt),
  'incidents.setStep': (req) => setStep(db, req.id, req.step, req.done, nowIso(ctx), req.updatedAt),
  'incidents.list': (req) => listIncidents(db, req),
  'incidents.home': () => homeSummary(db, ctx.now()),
});
