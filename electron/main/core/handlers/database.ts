import { AppError } from '../../../../shared/result';
import type { CoreContext, CoreHost } from '../context';
import type { SqliteDb } from '../db/open';
import { isPostgres } from '../db/engine';
import { openPostgres } from '../db/pg/openPg';
import { redactUrl } from '../db/pg/pgDb';
import { describeMove, moveToShared } from '../domain/moveTo';
import { sharedAddress, testSharedDatabase } from '../domain/sharedDatabase';
import type { HandlerGroup } from './types';

type DatabaseChannels = 'database.where' | 'database.test' | 'database.moveTo' | 'database.connect' | 'database.useFile';

/** The host's switch (the app's), or a sentence saying how browser mode chooses its data. */
function switcher(ctx: CoreContext): NonNullable<CoreHost['useDatabase']> {
  const use = ctx.host?.useDatabase;
  if (!use) {
    throw new AppError(
      'CONFLICT',
      'In the browser, Makegood uses the data it was started with: to use a shared database, start it as MAKEGOOD_DB=postgres://… PGPASSWORD=… makegood serve.',
    );
  }
  return (target) => use.call(ctx.host, target);
}

export const databaseHandlers = (ctx: CoreContext): HandlerGroup<DatabaseChannels> => ({
  'database.where': () => ({
    engine: isPostgres(ctx.db) ? 'postgres' : 'sqlite',
    shown: isPostgres(ctx.db) ? redactUrl(ctx.databasePath) : ctx.databasePath,
    canSwitch: typeof ctx.host?.useDatabase === 'function',
  }),
  'database.test': (req) => testSharedDatabase(sharedAddress(req), req.password),
  'database.moveTo': async (req) => {
    const use = switcher(ctx);
    const url = sharedAddress(req);
    if (isPostgres(ctx.db)) throw new AppError('CONFLICT', 'This computer already uses a shared database: there is no file of its own to move.');
    const shared = openPostgres(url, req.password ? { password: req.password } : {});
    let moved: string;
    try {
      moved = describeMove(moveToShared(ctx.db as unknown as SqliteDb, shared, ctx.now()));
    } finally {
      shared.close();
    }
    await use({ url, password: req.password });
    return { message: `Moved ${moved} to ${redactUrl(url)}; the counts and the figures match. Makegood now restarts on the shared database.` };
  },
  'database.connect': async (req) => {
    const use = switcher(ctx);
    const url = sharedAddress(req);
    // Refuses here, in a sentence, what the restart could not open.
    const tested = await testSharedDatabase(url, req.password);
    await use({ url, password: req.password });
    return { message: `Makegood now restarts on the shared database at ${tested.shown}.` };
  },
  'database.useFile': async () => {
    const use = switcher(ctx);
    if (!isPostgres(ctx.db)) return { message: 'This computer already uses its own data file.' };
    await use(null);
    return { message: "Makegood now restarts on this computer's own data file; the shared database keeps its records." };
  },
});
