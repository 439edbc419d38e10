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
    throw new AppError('BAD_REQUEST', say('cli.lines.moveToUrl', { url }));
  }
  const databasePath = resolveDatabasePath(dbFlag);
  if (isPostgresUrl(databasePath)) {
    throw new AppError('BAD_REQUEST', say('cli.lines.moveToFile'));
  }
  const file = openSqlite(databasePath, { onBusyWait: sayWaitingOnce() });
  try {
    const shared = openPostgres(url, { applicationName: `makegood ${version} move-to` });
    try {
      const result = moveToShared(file, shared, new Date());
      console.log(say('cli.moveTo.done', { what: describeMove(result), url: redactUrl(url) }));
      console.log(say('cli.moveTo.next', { file: databasePath }));
    } finally {
      shared.close();
    }
  } finally {
    file.close();
  }
}
