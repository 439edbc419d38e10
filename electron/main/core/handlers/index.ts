import type { ChannelName } from '../../../../shared/contract';
import { writesSomething } from '../../../../shared/topics';
import type { CoreContext } from '../context';
import { writesReleased } from '../db/writeHold';
import { answerIn, fileLanguage } from '../i18n/speak';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { compensationHandlers } from './compensations';
import { customerHandlers } from './customers';
import { dataHandlers } from './data';
import { databaseHandlers } from './database';
import { deletedHandlers } from './deleted';
import { figureHandlers } from './figures';
import { followUpHandlers } from './followUps';
import { incidentHandlers } from './incidents';
import { lessonHandlers } from './lessons';
import { patternHandlers } from './patterns';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';
import { voucherHandlers } from './vouchers';

/** The one handler table, grouped per domain; every transport dispatches into it, in the file's language. */
export function createHandlers(ctx: CoreContext): Handlers {
  return answerIn(fileLanguage(ctx.db), holdBackWrites(ctx, {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...incidentHandlers(ctx),
    ...compensationHandlers(ctx),
    ...deletedHandlers(ctx),
    ...lessonHandlers(ctx),
    ...patternHandlers(ctx),
    ...figureHandlers(ctx),
    ...reportHandlers(ctx),
    ...dataHandlers(ctx),
    ...backupHandlers(ctx),
    ...databaseHandlers(ctx),
    ...customerHandlers(ctx),
    ...searchHandlers(ctx),
    ...followUpHandlers(ctx),
    ...voucherHandlers(ctx),
  }));
}

/** A channel that writes waits while a restore of this thread copies pages in (db/writeHold.ts). */
function holdBackWrites(ctx: CoreContext, handlers: Handlers): Handlers {
  const held: Record<string, unknown> = { ...handlers };
  for (const channel of Object.keys(handlers) as ChannelName[]) {
    if (!writesSomething(channel)) continue;
    const handle = handlers[channel] as (request: unknown) => unknown;
    held[channel] = async (request: unknown) => {
      await writesReleased(ctx.db);
      return handle(request);
    };
  }
  return held as Handlers;
}

export type { Handlers };
