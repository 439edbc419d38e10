import { AppError } from '../../../../shared/result';
import type { CoreContext } from '../context';
import type { HandlerGroup } from './types';

export const reportHandlers = (ctx: CoreContext): HandlerGroup<'reports.exportPdf'> => ({
  'reports.exportPdf': (req) => {
    if (!ctx.host) {
      throw new AppError('CONFLICT', 'Export the PDF from the app or browser mode; on the command line use `makegood report`.');
    }
    return ctx.host.exportReportPdf(req.month, req.edition);
  },
});
