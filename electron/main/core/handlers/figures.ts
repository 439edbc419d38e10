import type { CoreContext } from '../context';
import { setTransactions } from '../domain/settings';
import { monthFigures, transactionsFor } from '../figures/month';
import type { HandlerGroup } from './types';

export const figureHandlers = ({ db, now }: CoreContext): HandlerGroup<'figures.month' | 'figures.transactions' | 'figures.setTransactions'> => ({
  'figures.month': (req) => monthFigures(db, req.month, now()),
  'figures.transactions': (req) => ({ month: req.month, count: transactionsFor(db, req.month) }),
  'figures.setTransactions': (req) => {
    setTransactions(db, req.month, req.count);
    return null;
  },
});
