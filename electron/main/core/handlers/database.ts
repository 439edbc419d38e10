import { AppError } from '../../../../shared/result';
import type { CoreContext, CoreHost } from '../context';
import type { SqliteDb } from '../db/open';
import { isPostgres } from '../db/engine';
import { openPostgres } from '../db/pg/openPg';
import { redactUrl } from '../db/pg/pgDb';
import { describeMove, moveToShared } from '../domain/moveTo';
import { sharedAddress, testSharedDatabase } from '../domain/sharedDatabase';
import { say } from '../i18n/speak';
import type { HandlerGroup } from './types';

type DatabaseChannels = 'database.where' | 'database.test' | 'database.moveTo' | 'database.connect' | 'database.useFile';

/** The host's switch (the app's), or a sentence saying how browser mode chooses its data. */
function switcher(ctx: CoreContext): NonNullable<CoreHost['useDatabase']> {
  const use = ctx.host?.useDatabase;
  if (!use) {
    throw new AppError('CONFLICT', say('records.database.browser'));
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
    if (isPostgres(ctx.db)) throw new AppError('CONFLICT', say('records.database.alreadyShared'));
    const shared = openPostgres(url, req.password ? { password: req.password } : {});
    let moved: string;
    try {
      moved = describeMove(moveToShared(ctx.db as unknown as SqliteDb, shared, ctx.now()));
    } finally {
      shared.close();
    }
    await use({ url, password: req.password });
    return { message: say('records.database.moved', { moved, address: redactUrl(url) }) };
  },
  'database.connect': async (req) => {
    const use = switcher(ctx);
    const url = sharedAddress(req);
    // Refuses here, in a sentence, what the restart could not open.
    const tested = await testSharedDatabase(url, req.password);
    await use({ url, password: req.password });
    return { message: say('records.database.connected', { address: tested.shown }) };
  },
  'database.useFile': async () => {
    const use = switcher(ctx);
    if (!isPostgres(ctx.db)) return { message: say('records.database.alreadyFile') };
    await use(null);
    return { message: say('records.database.backToFile') };
  },
});
