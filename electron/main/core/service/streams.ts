// The streams a core can send in pieces, by name. Each validates its own request, as dispatch does.
import { ExportRequest } from '../../../../shared/schemas/data';
import { AppError } from '../../../../shared/result';
import type { Core } from '../app';
import { exportCsv } from '../data/export';
import type { StreamName } from './protocol';

const PIECE = 64 * 1024;

async function* exportPieces(core: Core, payload: unknown): AsyncGenerator<string> {
  const request = ExportRequest.safeParse(payload ?? {});
  if (!request.success) throw new AppError('BAD_REQUEST', 'The export needs dates such as 2026-10-01.');
  const { csv } = exportCsv(core.db, request.data);
  for (let at = 0; at < csv.length; at += PIECE) yield csv.slice(at, at + PIECE);
}

export const streamSources: Record<StreamName, (core: Core, payload: unknown) => AsyncIterator<string>> = {
  'export.csv': exportPieces,
};
