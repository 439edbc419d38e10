import { format } from 'date-fns';
import { AppError } from '../../../../shared/result';
import type { CoreContext } from '../context';
import { writeExportFile } from '../data/exportFile';
import { importCsv } from '../data/import';
import type { HandlerGroup } from './types';

export const dataHandlers = (ctx: CoreContext): HandlerGroup<'data.import' | 'data.exportFile'> => ({
  'data.import': (req) => importCsv(ctx.db, req, ctx.now()),
  'data.exportFile': async (req) => {
    if (!ctx.host) throw new AppError('CONFLICT', 'Export from the app or browser mode; on the command line use `makegood export FILE.csv`.');
    const fileName = `makegood-export-${format(ctx.now(), 'yyyy-MM-dd')}.csv`;
    const target = await ctx.host.chooseExportTarget(fileName, req);
    if (target === null) return { outcome: 'canceled' };
    if ('downloadUrl' in target) return { outcome: 'download', downloadUrl: target.downloadUrl, fileName };
    const counts = await writeExportFile(ctx, req, target.path);
    return { outcome: 'saved', savedTo: target.path, ...counts };
  },
});
