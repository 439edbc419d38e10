import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { searchEverywhere } from '../repos/search';
import { voucherSearch } from '../repos/vouchers';
import type { HandlerGroup } from './types';

export const searchHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<'search.everywhere'> => ({
  'search.everywhere': (req) => ({ ...searchEverywhere(db, req), voucher: voucherSearch(db, req.q, nowIso(ctx)) }),
});
