import type { CoreContext } from '../context';
import { appHandlers } from './app';
import { compensationHandlers } from './compensations';
import { incidentHandlers } from './incidents';
import { lessonHandlers } from './lessons';
import { patternHandlers } from './patterns';
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
  };
}

export type { Handlers };
