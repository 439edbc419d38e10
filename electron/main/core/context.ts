import type { Db } from './db/open';

/** What every handler and repository works with; `now` is injectable so tests control time. */
export interface CoreContext {
  db: Db;
  now: () => Date;
  version: string;
  databasePath: string;
}

export const nowIso = (ctx: Pick<CoreContext, 'now'>) => ctx.now().toISOString();

/** Instants are stored as UTC ISO strings of one fixed shape, so they sort as text. */
export const toStoredInstant = (value: string) => new Date(value).toISOString();
export const toStoredInstantOrNull = (value: string | null) => (value === null ? null : toStoredInstant(value));
