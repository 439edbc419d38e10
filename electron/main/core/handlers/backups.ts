import { basename, join } from 'node:path';
import { conflict } from '../../../../shared/result';
import { backupDatabase } from '../backup';
import { listBackups } from '../backups/list';
import { backupPath, backupsDir } from '../backups/names';
import { restoreDatabase } from '../backups/restore';
import type { CoreContext } from '../context';
import { say } from '../i18n/speak';
import type { HandlerGroup } from './types';

// The app restores only from the backups folder, by name: the renderer never hands the core a
// path (browser mode cannot read one anyway). A file from elsewhere is copied into the folder
// first, or restored with `makegood restore FILE`.
export const backupHandlers = (ctx: CoreContext): HandlerGroup<'data.backup' | 'data.backups' | 'data.restore'> => {
  let restoring = false;
  return {
    'data.backup': async () => {
      const path = await backupDatabase(ctx.db, backupPath(ctx.databasePath, 'manual', ctx.now()));
      return { path, name: basename(path) };
    },
    'data.backups': () => ({ folder: backupsDir(ctx.databasePath), backups: listBackups(ctx.databasePath) }),
    'data.restore': async (req) => {
      if (restoring) throw conflict(say('records.backups.restoreUnderWay'));
      restoring = true;
      try {
        const source = join(backupsDir(ctx.databasePath), req.name);
        return await restoreDatabase(ctx.db, ctx.databasePath, source, {
          label: req.name,
          now: ctx.now(),
        });
      } finally {
        restoring = false;
      }
    },
  };
};
