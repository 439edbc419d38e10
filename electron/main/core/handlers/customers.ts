import { notFound } from '../../../../shared/result';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { eraseCustomer } from '../domain/eraseCustomer';
import { customerHistory, listPeople, personDetail } from '../repos/customerHistory';
import type { HandlerGroup } from './types';

export const customerHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<'customers.erase' | 'customers.history' | 'customers.list' | 'customers.person'> => ({
  'customers.erase': (req) => eraseCustomer(db, req.customerId, req.dryRun, nowIso(ctx)),
  'customers.history': (req) => customerHistory(db, req),
  'customers.list': (req) => listPeople(db, req),
  'customers.person': (req) => {
    const person = personDetail(db, req.id);
    if (!person) throw notFound('customer');
    return person;
  },
});
