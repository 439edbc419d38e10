import { resolve } from 'node:path';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { restoreDatabase } from '../main/core/backups/restore';
import { resolveDatabasePath } from '../main/core/paths';
import { refuseSharedDatabase } from './target';
import { environmentLanguages } from '../../shared/i18n/languages';
import { say } from './say';

/** Checks FILE, saves the current data in the backups folder, then puts FILE's data in its place. */
export async function restoreCommand(dbFlag: string | undefined, file: string): Promise<void> {
  const databasePath = resolveDatabasePath(dbFlag);
  refuseSharedDatabase(databasePath, 'restore');
  const onBusyWait = sayWaitingOnce();
  const core = openCore({ databasePath, version, onBusyWait, languages: environmentLanguages(process.env) });
  try {
    const done = await restoreDatabase(core.db, databasePath, resolve(file), { label: file, now: new Date(), onBusyWait });
    console.log(say('cli.restore.done', { file, target: databasePath, count: done.incidents }));
    console.log(say('cli.restore.safety', { path: done.safetyCopy }));
    if (done.repaired.length > 0) {
      console.log(say('cli.restore.repaired', { count: done.repaired.length }));
      for (const line of done.repaired) console.log(`  - ${line}`);
    }
  } finally {
    core.close();
  }
}
