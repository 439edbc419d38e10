import { notFound } from '../../../../shared/result';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { redeemVoucher } from '../domain/redeem';
import { dayRange } from '../figures/period';
import { voucherCounts } from '../figures/vouchers';
import { findVoucher, voucherById, voucherSlip } from '../repos/vouchers';
import type { HandlerGroup } from './types';

type VoucherChannels = 'vouchers.find' | 'vouchers.redeem' | 'vouchers.counts' | 'vouchers.slip' | 'vouchers.print';

export const voucherHandlers = (ctx: CoreContext): HandlerGroup<VoucherChannels> => ({
  'vouchers.find': (req) => findVoucher(ctx.db, req.code, nowIso(ctx)),
  'vouchers.redeem': (req) => redeemVoucher(ctx.db, req.code, nowIso(ctx)),
  'vouchers.counts': (req) => {
    const { fromIso, toIso } = dayRange(req.from, req.to);
    return voucherCounts(ctx.db, fromIso, toIso);
  },
  'vouchers.slip': (req) => {
    const slip = voucherSlip(ctx.db, req.id);
    if (!slip) throw notFound('voucher', req.id);
    return slip;
  },
  'vouchers.print': async (req) => {
    const { id, ...options } = req;
    if (id !== undefined && !voucherById(ctx.db, id)) throw notFound('voucher', id);
    const print = ctx.host?.printVoucherSlip;
    return print ? print.call(ctx.host, id ?? null, options) : { printed: false, deviceName: null, printers: [] };
  },
});
