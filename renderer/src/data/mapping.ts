// The columns' fields: the mapping is field → the file's header; the screen shows it per column.
import { IMPORT_FIELDS, type ImportField } from '../../../shared/schemas/data';

/** Field → header ('' = the person said it is not in the file). */
export type Mapping = Partial<Record<ImportField, string>>;

/** The field read from a column, under the mapping in use; null when nothing is. */
export function fieldOf(inUse: Mapping, header: string): ImportField | null {
  if (header === '') return null;
  return IMPORT_FIELDS.find((f) => inUse[f] === header) ?? null;
}

/**
 * The person's choices once `header` holds `field` (null: not imported). The field moves here from
 * any other column, and whatever this column held is marked not in the file, so no guess brings it back.
 */
export function assign(chosen: Mapping, inUse: Mapping, header: string, field: ImportField | null): Mapping {
  const next: Mapping = { ...chosen };
  for (const f of IMPORT_FIELDS) if (f !== field && inUse[f] === header) next[f] = '';
  if (field) next[field] = header;
  return next;
}
