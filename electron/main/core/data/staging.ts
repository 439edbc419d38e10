// Files handed to an import wait in a folder beside the data file, each under a random id: the app
// copies the file the person chose there (its dialog gives the host a path), browser mode streams
// the upload there (POST /import-upload). The core then reads a staged file by its id only: the
// renderer never names a path, and an import reads a file nobody can change under it between its
// check and its write. Staged files go when their import is written, and the next time the data
// file is opened once they are a day old (a preview that was never imported).
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../../shared/result';
import { isPostgresUrl } from '../db/engine';
import { redactUrl } from '../db/pg/pgDb';
import { say } from '../i18n/speak';

/** The largest file an import takes: far past any shop's log (200,000 rows of CSV are about 31 MB). */
export const MAX_IMPORT_BYTES = 500 * 1024 * 1024;
const ID = /^[0-9a-f]{24}$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StagedFile {
  /** What data.import names the file by. */
  file: string;
  /** The name the person knows it by, for messages. */
  name: string;
  bytes: number;
}

/**
 * Where a file waits to be imported: beside the SQLite file; for a shared PostgreSQL database, in
 * this computer's temporary folder, one folder per database (never the password in its name).
 */
export const stagingDir = (databasePath: string) =>
  isPostgresUrl(databasePath)
    ? join(tmpdir(), 'makegood-imports', createHash('sha256').update(redactUrl(databasePath)).digest('hex').slice(0, 16))
    : join(dirname(databasePath), '.makegood-imports');

const newId = () => randomBytes(12).toString('hex');

/** The staged file's path, or NOT_FOUND in a sentence (an id from another session, or already imported). */
export function stagedPath(databasePath: string, file: string): string {
  const path = ID.test(file) ? join(stagingDir(databasePath), file) : null;
  if (!path || !existsSync(path)) throw new AppError('NOT_FOUND', say('importing.staging.gone'));
  return path;
}

/** Also browser mode's upload, refused by its declared length before a byte arrives (server/importUpload.ts). */
export const tooLarge = (name: string) => new AppError('BAD_REQUEST', say('importing.staging.tooLarge', { name, mb: MAX_IMPORT_BYTES / 1024 / 1024 }));

/** Copies a file the person chose (the app's open dialog) into the staging folder. */
export async function stageCopy(databasePath: string, source: string): Promise<StagedFile> {
  const name = basename(source);
  let bytes: number;
  try {
    const stat = statSync(source);
    if (!stat.isFile()) throw new AppError('BAD_REQUEST', say('importing.staging.notAFile', { name }));
    bytes = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', say('importing.staging.unreadable', { name }));
  }
  if (bytes > MAX_IMPORT_BYTES) throw tooLarge(name);
  mkdirSync(stagingDir(databasePath), { recursive: true });
  const file = newId();
  const target = join(stagingDir(databasePath), file);
  try {
    await copyFile(source, target);
  } catch (error) {
    rmSync(target, { force: true });
    throw new AppError('BAD_REQUEST', say('importing.staging.copyFailed', { name, why: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  return { file, name, bytes };
}

/** Writes an upload's body into the staging folder as it arrives, refusing it past MAX_IMPORT_BYTES. */
export async function stageStream(databasePath: string, body: Readable, name: string): Promise<StagedFile> {
  mkdirSync(stagingDir(databasePath), { recursive: true });
  const file = newId();
  const target = join(stagingDir(databasePath), file);
  let bytes = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > MAX_IMPORT_BYTES) done(tooLarge(name));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, counted, createWriteStream(target, { flags: 'wx' }));
  } catch (error) {
    rmSync(target, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_REQUEST', say('importing.staging.partial', { name, why: (error as Error).message }));
  }
  return { file, name, bytes };
}

export function removeStaged(databasePath: string, file: string): void {
  if (ID.test(file)) rmSync(join(stagingDir(databasePath), file), { force: true });
}

/** Removes staged files a day old or more: previews that were never imported. */
export function cleanStaging(databasePath: string, now = Date.now()): void {
  const dir = stagingDir(databasePath);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs >= DAY_MS) rmSync(path, { force: true });
    } catch {
      // Gone meanwhile (another window cleaned it): nothing to do.
    }
  }
}
