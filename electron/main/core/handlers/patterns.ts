import type { CoreContext } from '../context';
import { breakdowns, callouts, pareto, trend } from '../figures/patterns';
import { dayRange } from '../figures/period';
import { recovery, recoveryByKind } from '../figures/recovery';
import { repeatCustomers } from '../figures/repeatCustomers';
import type { HandlerGroup } from './types';

type PatternChannels =
  | 'patterns.callouts'
  | 'patterns.pareto'
  | 'patterns.trend'
  | 'patterns.recovery'
  | 'patterns.recoveryByKind'
  | 'patterns.breakdowns'
  | 'patterns.repeatCustomers';

export const patternHandlers = ({ db }: CoreContext): HandlerGroup<PatternChannels> => ({
  'patterns.callouts': (req) => callouts(db, req),
  'patterns.pareto': (req) => pareto(db, req),
  'patterns.trend': (req) => trend(db, req),
  'patterns.recovery': (req) => recovery(db, req),
  'patterns.recoveryByKind': (req) => recoveryByKind(db, req),
  'patterns.breakdowns': (req) => breakdowns(db, req),
  'patterns.repeatCustomers': (req) => {
    const { fromIso, toIso } = dayRange(req.from, req.to);
    return repeatCustomers(db, fromIso, toIso);
  },
});
