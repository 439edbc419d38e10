// Files for the source tests, written by each test into its own temp folder: CSV bytes as a given
// program saves them, and workbooks (tests/support/workbook.ts).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { type OpenedSource, openSource, type SourceRow } from '../../../electron/main/core/data/sources';
import { SourceError } from '../../../electron/main/core/data/sources/types';

/** `write(name, bytes)` → a path in this test's temp folder (removed after the test). */
export function tempFiles(): (name: string, bytes: Uint8Array | string) => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (name, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'makegood-sources-'));
    dirs.push(dir);
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
}

export async function allRows(source: OpenedSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  return rows;
}

export async function read(path: string, options = {}) {
  const source = await openSource(path, options);
  return { source, rows: await allRows(source) };
}

export const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
export const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

export { o, ods, odsRow, STYLE, x, xlsx, type XlsxCell, type XlsxSheet } from '../../support/workbook';

/** The SourceError `promise` is refused with (failing the test when it is not one). */
export async function refusal(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SourceError);
  return error as SourceError;
}
