// Browser mode's file for an import: the page POSTs the file it picked to /import-upload with its
// session key, and the body is streamed into the import's staging folder as it arrives (never
// whole in memory, refused past the size limit), then named by the id data.import takes.
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Hono } from 'hono';
import { AppError } from '../../../shared/result';
import { MAX_IMPORT_BYTES, type StagedFile, tooLarge } from '../core/data/staging';
import { say } from '../core/i18n/speak';
import { STATUS } from './status';

/** Stages an upload's body under `name` (core/data/staging.ts stageStream, beside the data file). */
export type StageUpload = (body: Readable, name: string) => Promise<StagedFile>;

export const IMPORT_UPLOAD_PATH = '/import-upload';

/**
 * The name the page sends (URI-encoded in `x-file-name`), as a plain file name for messages. These
 * routes answer outside any call, so a sentence is in the process's language (`serve`: the terminal's).
 */
function fileName(header: string | undefined): string {
  const generic = say('importing.upload.theFile');
  let name = generic;
  try {
    name = decodeURIComponent(header ?? '') || name;
  } catch {
    // Not valid percent-encoding: the generic name will do.
  }
  // Only the last part of a path, and nothing that is not plain text.
  return name.split(/[\\/]/).pop()!.replace(/\p{Cc}/gu, '').slice(0, 200) || generic;
}

export function addImportUploadRoute(app: Hono, stage: StageUpload): void {
  app.post(IMPORT_UPLOAD_PATH, async (c) => {
    c.header('Cache-Control', 'no-store');
    const name = fileName(c.req.header('x-file-name'));
    if (Number(c.req.header('content-length') ?? 0) > MAX_IMPORT_BYTES) {
      return c.json({ ok: false, code: 'BAD_REQUEST', message: tooLarge(name).message }, 413);
    }
    const body = c.req.raw.body;
    if (!body) return c.json({ ok: false, code: 'BAD_REQUEST', message: say('importing.upload.empty', { name }) }, 400);
    try {
      const staged = await stage(Readable.fromWeb(body as unknown as WebReadableStream), name);
      return c.json({ ok: true, value: { outcome: 'chosen', ...staged } });
    } catch (error) {
      if (error instanceof AppError) return c.json({ ok: false, code: error.code, message: error.message }, STATUS[error.code] ?? 500);
      throw error;
    }
  });
}
