import { AppError } from '../../../../shared/result';
import type { CoreContext } from '../context';
import { say } from '../i18n/speak';
import type { HandlerGroup } from './types';

export const reportHandlers = (ctx: CoreContext): HandlerGroup<'reports.exportPdf'> => ({
  'reports.exportPdf': (req) => {
    if (!ctx.host) throw new AppError('CONFLICT', say('records.reports.noHost'));
    return ctx.host.exportReportPdf(req.month, req.edition);
  },
});
