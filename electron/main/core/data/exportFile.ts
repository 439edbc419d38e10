// Export CSV without the file ever whole in memory: its pieces read on a connection of their own,
// written to a temporary name beside the chosen file and renamed over it only once all is written.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../../shared/result';
import type { ExportCounts, ExportRequest } from '../../../../shared/schemas/data';
import { openDatabase } from '../db/open';
import { PgDb } from '../db/pg/pgDb';
import { say } from '../i18n/speak';
import { exportCsvChunks } from './export';

/** The data file an export reads (CoreContext has it); its connection gets the process's addon (db/connect.ts). */
export interface ExportSource {
  databasePath: string;
}

/**
 * The export's text in pieces (header first), read in one snapshot on a read-only connection of
 * its own: better-sqlite3 runs no other statement on a connection while one is being iterated, so
 * reading on the core's connection across awaits would refuse every other call until the last
 * piece is out. The connection closes when the pieces end or the reader stops early (`return()`).
 */
export function* exportPieces(source: ExportSource, request: ExportRequest): Generator<string, ExportCounts> {
  const db = openDatabase(source.databasePath, { readonly: true });
  try {
    // The settings read and the rows then come from the same snapshot; a read-only one ends with the connection.
    if (db instanceof PgDb) db.beginReadSnapshot();
    else {
      // One pass down the file: better-sqlite3's 16 MB page cache would only fill with pages read once.
      db.pragma('cache_size = -2000');
      db.exec('BEGIN');
    }
    return yield* exportCsvChunks(db, request);
  } finally {
    db.close();
  }
}

/** The same pieces for a reader that awaits between them (the bridge's response body). */
export async function* exportPiecesAsync(source: ExportSource, request: ExportRequest): AsyncGenerator<string, ExportCounts> {
  return yield* exportPieces(source, request);
}

/** A sentence a shop owner can act on, for what the file system said. */
function cannotWrite(path: string, error: unknown): AppError {
  const code = (error as { code?: string }).code;
  // Which reason the sentence gives (a select in it).
  const why =
    code === 'ENOSPC' ? 'full' :
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'denied' :
    code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' :
    code === 'EISDIR' ? 'folder' :
    'other';
  return new AppError('BAD_REQUEST', say('exporting.cannotWrite', { path, why, code: String(code) }));
}

/**
 * Writes text pieces to `path` as the disk takes them (the stream's backpressure), into a temporary
 * file beside it that is renamed over `path` only at the end: a failure (the disk full, the pieces
 * stopping with an error) leaves neither a half file nor the temporary one, and a file already at
 * `path` is kept until the new one is whole.
 */
export async function writePiecesToFile(pieces: Iterable<string> | AsyncIterable<string>, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  try {
    // `flush`: on the disk before the rename makes it the file a person sees.
    await pipeline(Readable.from(pieces), createWriteStream(temporary, { flags: 'wx', flush: true }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    // What the file system said becomes a sentence; a refusal of the core's (the data file could
    // not be opened) already is one, and anything else is a bug, thrown as it is.
    if (typeof (error as { syscall?: unknown }).syscall === 'string') throw cannotWrite(path, error);
    throw error;
  }
}

/** Writes the export to `path` (writePiecesToFile) and resolves with what was written. */
export async function writeExportFile(source: ExportSource, request: ExportRequest, path: string): Promise<ExportCounts> {
  let counts: ExportCounts | null = null;
  function* counted() {
    counts = yield* exportPieces(source, request);
  }
  await writePiecesToFile(counted(), path);
  if (counts === null) throw new Error('the export ended without its counts');
  return counts;
}
