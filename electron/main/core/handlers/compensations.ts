import type { CoreContext } from '../context';
import { nowIso, toStoredInstant } from '../context';
import { compensationMonth } from '../figures/compensation';
import { checkAllowance } from '../domain/allowance';
import { addCompensation, removeCompensation, updateCompensation } from '../domain/compensations';
import type { HandlerGroup } from './types';

type CompensationChannels =
  | 'compensations.add'
  | 'compensations.update'
  | 'compensations.remove'
  | 'compensations.checkAllowance'
  | 'compensations.month';

export const compensationHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<CompensationChannels> => ({
  'compensations.add': (req) => addCompensation(db, req, nowIso(ctx)),
  'compensations.update': (req) => updateCompensation(db, req, nowIso(ctx)),
  'compensations.remove': (req) => {
    removeCompensation(db, req.id, nowIso(ctx));
    return null;
  },
  'compensations.checkAllowance': (req) =>
    checkAllowance(db, req.givenById, req.cost, toStoredInstant(req.givenAt ?? nowIso(ctx)), req.excludeId),
  'compensations.month': (req) => compensationMonth(db, req.month),
});
