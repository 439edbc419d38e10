import { format } from 'date-fns';
import type { ImportProgress } from '../../../../shared/schemas/data';
import { AppError, conflict } from '../../../../shared/result';
import type { CoreContext } from '../context';
import { writeExportFile } from '../data/exportFile';
import { importFile } from '../data/import';
import { removeStaged, stageCopy, stagedPath } from '../data/staging';
import { say } from '../i18n/speak';
import type { HandlerGroup } from './types';

const IDLE: ImportProgress = { phase: 'idle', done: 0, rows: 0 };

export const dataHandlers = (ctx: CoreContext): HandlerGroup<'data.chooseImportFile' | 'data.import' | 'data.importProgress' | 'data.exportFile'> => {
  let progress = IDLE;
  let writing = false;
  return {
    'data.chooseImportFile': async () => {
      if (!ctx.host) throw new AppError('CONFLICT', say('importing.noHost'));
      const source = await ctx.host.chooseImportSource();
      if (source === null) return { outcome: 'canceled' };
      if ('uploadUrl' in source) return { outcome: 'upload', uploadUrl: source.uploadUrl };
      return { outcome: 'chosen', ...(await stageCopy(ctx.databasePath, source.path)) };
    },
    // Async: a large import gives this thread, and the write lock, to other calls between its steps.
    'data.import': async ({ file, ...options }) => {
      const path = stagedPath(ctx.databasePath, file);
      if (!options.dryRun && writing) throw conflict(say('importing.underWay'));
      if (!options.dryRun) writing = true;
      try {
        const result = await importFile(ctx.db, path, options, ctx.now(), { onProgress: (p) => (progress = p) });
        // Imported: the staged copy has done its job. A preview's stays for the import that follows it.
        if (result.written) removeStaged(ctx.databasePath, file);
        return result;
      } finally {
        if (!options.dryRun) writing = false;
      }
    },
    'data.importProgress': () => progress,
    'data.exportFile': async (req) => {
      if (!ctx.host) throw new AppError('CONFLICT', say('exporting.noHost'));
      const fileName = `makegood-export-${format(ctx.now(), 'yyyy-MM-dd')}.csv`;
      const target = await ctx.host.chooseExportTarget(fileName, req);
      if (target === null) return { outcome: 'canceled' };
      if ('downloadUrl' in target) return { outcome: 'download', downloadUrl: target.downloadUrl, fileName };
      const counts = await writeExportFile(ctx, req, target.path);
      return { outcome: 'saved', savedTo: target.path, ...counts };
    },
  };
};
