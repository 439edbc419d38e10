import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { backupDatabase, defaultBackupPath } from '../main/core/backup';
import { resolveDatabasePath } from '../main/core/paths';
import { refuseSharedDatabase } from './target';
import { say } from './say';

export async function backupCommand(dbFlag: string | undefined, opts: { out?: string }): Promise<void> {
  const databasePath = resolveDatabasePath(dbFlag);
  refuseSharedDatabase(databasePath, 'backup');
  const core = openCore({ databasePath, version, readonly: true });
  try {
    const out = await backupDatabase(core.db, opts.out ?? defaultBackupPath(databasePath, new Date()));
    console.log(say('cli.backup.done', { from: databasePath, to: out }));
  } finally {
    core.close();
  }
}
