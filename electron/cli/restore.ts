import { resolve } from 'node:path';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { sayWaitingOnce } from './busy';
import { restoreDatabase } from '../main/core/backups/restore';
import { resolveDatabasePath } from '../main/core/paths';
import { refuseSharedDatabase } from './target';
import { environmentLanguages } from '../../shared/i18n/languages';

/** Checks FILE, saves the current data in the backups folder, then puts FILE's data in its place. */
export async function restoreCommand(dbFlag: string | undefined, file: string): Promise<void> {
  const databasePath = resolveDatabasePath(dbFlag);
  refuseSharedDatabase(databasePath, 'restore');
  const onBusyWait = sayWaitingOnce();
  const core = openCore({ databasePath, version, onBusyWait, languages: environmentLanguages(process.env) });
  try {
    const done = await restoreDatabase(core.db, databasePath, resolve(file), { label: file, now: new Date(), onBusyWait });
    const incidents = `${done.incidents.toLocaleString('en-US')} incident${done.incidents === 1 ? '' : 's'}`;
    console.log(`Restored ${file} into ${databasePath}: ${incidents}.`);
    console.log(`The data as it was before is saved in ${done.safetyCopy}.`);
    if (done.repaired.length > 0) {
      console.log(`Bringing the backup up to this version repaired ${done.repaired.length} record(s):`);
      for (const line of done.repaired) console.log(`  - ${line}`);
    }
  } finally {
    core.close();
  }
}
