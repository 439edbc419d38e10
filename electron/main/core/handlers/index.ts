import type { CoreContext } from '../context';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { compensationHandlers } from './compensations';
import { customerHandlers } from './customers';
import { dataHandlers } from './data';
import { deletedHandlers } from './deleted';
import { figureHandlers } from './figures';
import { incidentHandlers } from './incidents';
import { lessonHandlers } from './lessons';
import { patternHandlers } from './patterns';
import { reportHandlers } from './reports';
import { settingsHandlers } from './settings';
import type { Handlers } from './types';

/** The one handler table, grouped per domain; every transport dispatches into it. */
export function createHandlers(ctx: CoreContext): Handlers {
  return {
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
    ...customerHandlers(ctx),
  };
}

export type { Handlers };
