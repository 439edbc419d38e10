import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { createCategory, createRootCause, mergeRootCauses, updateCategory, updateRootCause } from '../domain/lists';
import { updateSettings } from '../domain/settings';
import { finishSetup } from '../domain/setup';
import { createStaff, updateStaff } from '../domain/staff';
import { listCategories, listRootCauses, rootCauseUsage } from '../repos/lists';
import { getSettings } from '../repos/settings';
import { getSetupStatus } from '../repos/setup';
import { listStaff } from '../repos/staff';
import type { HandlerGroup } from './types';

type SettingsChannels =
  | 'settings.get'
  | 'settings.update'
  | 'setup.status'
  | 'setup.finish'
  | 'staff.list'
  | 'staff.create'
  | 'staff.update'
  | 'categories.list'
  | 'categories.create'
  | 'categories.update'
  | 'rootCauses.list'
  | 'rootCauses.create'
  | 'rootCauses.update'
  | 'rootCauses.merge'
  | 'rootCauses.usage';

export const settingsHandlers = ({ db, ...ctx }: CoreContext): HandlerGroup<SettingsChannels> => ({
  'settings.get': () => getSettings(db),
  'settings.update': (req) => updateSettings(db, req),
  'setup.status': () => getSetupStatus(db),
  'setup.finish': () => finishSetup(db, nowIso(ctx)),
  'staff.list': () => listStaff(db),
  'staff.create': (req) => createStaff(db, req, nowIso(ctx)),
  'staff.update': (req) => updateStaff(db, req),
  'categories.list': () => listCategories(db),
  'categories.create': (req) => createCategory(db, req),
  'categories.update': (req) => updateCategory(db, req),
  'rootCauses.list': () => listRootCauses(db),
  'rootCauses.create': (req) => createRootCause(db, req),
  'rootCauses.update': (req) => updateRootCause(db, req),
  'rootCauses.merge': (req) => mergeRootCauses(db, req.fromId, req.intoId, nowIso(ctx)),
  'rootCauses.usage': () => rootCauseUsage(db),
});
