import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { eraseCustomer } from '../domain/eraseCustomer';
import type { HandlerGroup } from './types';

export const customerHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<'customers.erase'> => ({
  'customers.erase': (req) => eraseCustomer(db, req.customerId, req.dryRun, nowIso(ctx)),
});
