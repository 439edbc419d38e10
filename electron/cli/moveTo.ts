import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { isPostgresUrl } from '../main/core/db/engine';
import { openSqlite } from '../main/core/db/open';
import { openPostgres } from '../main/core/db/pg/openPg';
import { redactUrl } from '../main/core/db/pg/pgDb';
import { describeMove, moveToShared } from '../main/core/domain/moveTo';
import { resolveDatabasePath } from '../main/core/paths';
import { sayWaitingOnce } from './busy';
import { say } from './say';

/** Copies this computer's data file into the empty shared database at `url`, checked before anything switches. */
export function moveToCommand(dbFlag: string | undefined, url: string): void {
  if (!isPostgresUrl(url)) {
    throw new AppError('BAD_REQUEST', `move-to takes the shared database's address, e.g. postgres://makegood@db.local/makegood, not "${url}".`);
  }
  const databasePath = resolveDatabasePath(dbFlag);
  if (isPostgresUrl(databasePath)) {
    throw new AppError('BAD_REQUEST', 'move-to copies a data file into the shared database: give the file with --db (or MAKEGOOD_DB), not an address.');
  }
  const file = openSqlite(databasePath, { onBusyWait: sayWaitingOnce() });
  try {
    const shared = openPostgres(url, { applicationName: `makegood ${version} move-to` });
    try {
      const result = moveToShared(file, shared, new Date());
      // describeMove's counts are the core's English words (its sentences are the next step of issue 18).
      console.log(say('cli.moveTo.done', { what: describeMove(result), url: redactUrl(url) }));
      console.log(say('cli.moveTo.next', { file: databasePath }));
    } finally {
      shared.close();
    }
  } finally {
    file.close();
  }
}
