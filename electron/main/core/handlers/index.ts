import type { CoreContext } from '../context';
import { appHandlers } from './app';
import { compensationHandlers } from './compensations';
import { dataHandlers } from './data';
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
    ...lessonHandlers(ctx),
    ...patternHandlers(ctx),
    ...figureHandlers(ctx),
    ...reportHandlers(ctx),
    ...dataHandlers(ctx),
  };
}

export type { Handlers };
