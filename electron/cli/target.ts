// Where a command's data is, as a person reads it: the file's path, or the shared database's
// address with any password taken out (the password comes from PGPASSWORD, never the screen).
import { AppError } from '../../shared/result';
import { isPostgresUrl } from '../main/core/db/engine';
import { redactUrl } from '../main/core/db/pg/pgDb';
import { say } from './say';

/** The data file's path as it is, or the shared database's URL without its password. */
export function shownTarget(target: string): string {
  return isPostgresUrl(target) ? redactUrl(target) : target;
}

/** serve's line about its data: "Data file: …" or "Shared database: postgres://…". */
export function targetLine(target: string): string {
  return isPostgresUrl(target) ? say('cli.serve.shared', { url: redactUrl(target) }) : say('cli.serve.dataFile', { path: target });
}

/** Refuses, before connecting, a command that is about the SQLite file itself when given a URL. */
export function refuseSharedDatabase(target: string, command: string): void {
  if (!isPostgresUrl(target)) return;
  throw new AppError('CONFLICT', say('cli.lines.fileOnly', { command, url: redactUrl(target) }));
}
