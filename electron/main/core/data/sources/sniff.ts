// What a file is, from its first bytes rather than its name: a person renames files, and an
// export saved as "report.csv" may well be a workbook (or the other way round).

import type { FileHandle } from 'node:fs/promises';
import { say } from '../../i18n/speak';
import { SourceError } from './types';

export type Sniffed = 'zip' | 'text';

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

/** The names in a Compound File's first directory sector (where Office keeps its top-level streams). */
async function compoundNames(file: FileHandle, head: Uint8Array): Promise<string[]> {
  const view = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (view.length < 0x34) return [];
  const sectorSize = 1 << view.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const sector = Buffer.alloc(sectorSize);
  await file.read(sector, 0, sectorSize, (view.readUInt32LE(0x30) + 1) * sectorSize);
  const names: string[] = [];
  for (let at = 0; at + 128 <= sectorSize; at += 128) {
    const length = Math.min(64, sector.readUInt16LE(at + 0x40));
    if (length >= 2) names.push(sector.toString('utf16le', at, at + length - 2));
  }
  return names;
}

/** 'zip' (an .xlsx or .ods, to be looked into), 'text' (a CSV), or a SourceError for what cannot be read. */
export async function sniff(file: FileHandle, head: Uint8Array): Promise<Sniffed> {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Office's binary container holds both an old .xls and an .xlsx saved with a password.
    const names = await compoundNames(file, head);
    if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo'))
      throw new SourceError(1, null, say('importing.file.encryptedOffice'));
    if (names.includes('Workbook') || names.includes('Book')) throw new SourceError(1, null, say('importing.file.xls'));
    throw new SourceError(1, null, say('importing.file.oldOffice'));
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) throw new SourceError(1, null, say('importing.file.pdf'));
  return 'text';
}
