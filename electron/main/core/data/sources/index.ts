// Opening a file a person picked for import: what kind it is (from its bytes), and a source that
// reads it as a header and rows. See types.ts for the shape; each kind has its own module.

import { open } from 'node:fs/promises';
import { openDelimited } from './delimited';
import { sniff } from './sniff';
import type { OpenedSource, SourceOptions } from './types';
import { openWorkbook } from './workbook';

export * from './types';

export async function openSource(path: string, options: SourceOptions = {}): Promise<OpenedSource> {
  const file = await open(path, 'r');
  let kind;
  try {
    // Enough for the Compound File header (its directory's place) as well as every magic number.
    const head = Buffer.alloc(512);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    kind = await sniff(file, head.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
  return kind === 'zip' ? openWorkbook(path, options) : openDelimited(path, options);
}
