// A workbook's zip, read through yauzl: its central directory is read first (so nothing is trusted
// from the entries' local headers), each file is inflated as a stream, and yauzl holds every file
// to the size the directory declares, so the limits below, checked on declared sizes, are real.

import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { say } from '../../i18n/speak';
import { MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits';
import { SourceError } from './types';

const MB = 1024 * 1024;

export interface Zip {
  has(name: string): boolean;
  /** The file's inflated size, as the directory declares it (and yauzl enforces). */
  size(name: string): number;
  /** The file's bytes, inflated as they are read. */
  stream(name: string): Promise<Readable>;
  /** A small file whole (at most `max` bytes), or null when it is missing or larger. */
  read(name: string, max: number): Promise<Buffer | null>;
  close(): void;
}

/** `why`: what went wrong, a sentence of ours or the library's own words. */
export const damaged = (why: string) => new SourceError(1, null, say('importing.zip.damaged', { why }));

export async function openZip(path: string): Promise<Zip> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw damaged(error instanceof Error ? error.message : String(error));
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES)
      throw new SourceError(1, null, say('importing.zip.tooManyEntries', { count: zip.entryCount, max: MAX_ZIP_ENTRIES }));
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > MAX_UNZIPPED_BYTES)
        throw new SourceError(1, null, say('importing.zip.tooLarge', { mb: MAX_UNZIPPED_BYTES / MB }));
      if (entry.isEncrypted()) throw new SourceError(1, null, say('importing.zip.encrypted'));
      entries.set(entry.fileName, entry);
    }
  } catch (error) {
    zip.close();
    if (error instanceof SourceError) throw error;
    throw damaged(error instanceof Error ? error.message : String(error));
  }

  const entry = (name: string) => {
    const found = entries.get(name);
    if (!found) throw damaged(say('importing.zip.missing', { name }));
    return found;
  };
  const stream = async (name: string) => {
    const found = entry(name);
    if (!found.canDecodeFileData()) throw damaged(say('importing.zip.compression', { name }));
    try {
      return await zip.openReadStreamPromise(found);
    } catch (error) {
      throw damaged(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    has: (name) => entries.has(name),
    size: (name) => entries.get(name)?.uncompressedSize ?? 0,
    stream,
    async read(name, max) {
      const found = entries.get(name);
      if (!found || found.uncompressedSize > max) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}
