import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { schemaVersion } from '../db/migrate';
import { clearDraft, saveDraft } from '../domain/drafts';
import { getDraft } from '../repos/drafts';
import type { HandlerGroup } from './types';

export const appHandlers = (ctx: CoreContext): HandlerGroup<'app.info' | 'drafts.get' | 'drafts.save' | 'drafts.clear'> => ({
  'app.info': () => ({ version: ctx.version, databasePath: ctx.databasePath, schemaVersion: schemaVersion(ctx.db) }),
  'drafts.get': (req) => getDraft(ctx.db, req.key),
  'drafts.save': (req) => {
    saveDraft(ctx.db, req.key, req.value, nowIso(ctx));
    return null;
  },
  'drafts.clear': (req) => {
    clearDraft(ctx.db, req.key);
    return null;
  },
});
