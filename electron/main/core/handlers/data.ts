import type { CoreContext } from '../context';
import { exportCsv } from '../data/export';
import { importCsv } from '../data/import';
import type { HandlerGroup } from './types';

export const dataHandlers = ({ db, now }: CoreContext): HandlerGroup<'data.import' | 'data.export'> => ({
  'data.import': (req) => importCsv(db, req, now()),
  'data.export': (req) => exportCsv(db, req),
});
