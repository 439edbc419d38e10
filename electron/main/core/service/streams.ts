// The streams a core can send in pieces, by name. Each validates its own request, as dispatch does.
import { ExportRequest } from '../../../../shared/schemas/data';
import { AppError } from '../../../../shared/result';
import type { Core } from '../app';
import { exportPiecesAsync } from '../data/exportFile';
import type { StreamName } from './protocol';

/**
 * The export read on a connection of its own (data/exportFile.ts), a piece per pull: the core's
 * connection keeps answering calls between pieces, and no side holds the whole file.
 */
async function* exportPieces(core: Core, payload: unknown): AsyncGenerator<string> {
  // Refused at the first pull, not when the stream is opened: the far side reads the refusal there.
  const request = ExportRequest.safeParse(payload ?? {});
  if (!request.success) throw new AppError('BAD_REQUEST', request.error.issues.map((i) => i.message).join('; '));
  yield* exportPiecesAsync(core, request.data);
}

export const streamSources: Record<StreamName, (core: Core, payload: unknown) => AsyncIterator<string>> = {
  'export.csv': exportPieces,
};
