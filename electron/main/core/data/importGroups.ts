// The rows of a file in incidents, as the import's check and write read them (data/import.ts).
import type { ResolvedColumns } from './columns';
import { readRow, type ReadOptions, type ReadRow } from './rows';
import type { OpenedSource } from './sources/types';

/**
 * The rows of a file in incidents: a row alone, or the rows sharing a ref once its last one is read
 * (`repeated`: the ref's last line). Rows of a ref wait only until then, so a file whose repeated
 * refs sit together (as an export writes them) holds one incident at a time.
 */
export async function* groups(source: OpenedSource, columns: ResolvedColumns, read: ReadOptions, repeated: Map<string, number>, onRow: (row: ReadRow, count: number) => Promise<void>): AsyncGenerator<ReadRow[]> {
  const waiting = new Map<string, ReadRow[]>();
  let count = 0;
  for await (const row of source.rows()) {
    count += 1;
    const r = readRow(row, columns, read);
    await onRow(r, count);
    const last = r.ref === null ? undefined : repeated.get(r.ref);
    if (last === undefined) {
      yield [r];
      continue;
    }
    const group = waiting.get(r.ref!) ?? [];
    group.push(r);
    if (row.line >= last) {
      waiting.delete(r.ref!);
      yield group;
    } else waiting.set(r.ref!, group);
  }
  // A ref whose last row was not seen again (the file changed between two reads): what is left.
  for (const group of waiting.values()) yield group;
}
