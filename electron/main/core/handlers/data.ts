import type { CoreContext } from '../context';
import { exportCsv } from '../data/export';
import { importCsvInTurns } from '../data/import';
import type { HandlerGroup } from './types';

export const dataHandlers = ({ db, now }: CoreContext): HandlerGroup<'data.import' | 'data.export'> => ({
  // Async: a large import leaves the write lock, and this thread, to other calls between its transactions.
  'data.import': (req) => importCsvInTurns(db, req, now()),
  'data.export': (req) => exportCsv(db, req),
});
