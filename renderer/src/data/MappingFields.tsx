// One select per canonical column: which of the file's columns holds it, or none.
import { Select, SimpleGrid } from '@mantine/core';
import { CSV_COLUMNS, type CsvColumn } from '../../../shared/schemas/data';

/** Mantine's Select has no empty-string option; this stands for "Not in the file". */
export const NONE = '__none__';
const REQUIRED = new Set<CsvColumn>(['occurred_at', 'what_happened']);

export type Mapping = Partial<Record<CsvColumn, string>>;

interface Props {
  headers: string[];
  mapping: Mapping;
  onChange: (column: CsvColumn, header: string) => void;
}

export function MappingFields({ headers, mapping, onChange }: Props) {
  const data = [{ value: NONE, label: 'Not in the file' }, ...[...new Set(headers)].filter((h) => h !== '').map((h) => ({ value: h, label: h }))];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
      {CSV_COLUMNS.map((column) => (
        <Select
          key={column}
          label={column}
          withAsterisk={REQUIRED.has(column)}
          data={data}
          value={mapping[column] || NONE}
          onChange={(v) => onChange(column, v === null || v === NONE ? '' : v)}
          allowDeselect={false}
          size="sm"
        />
      ))}
    </SimpleGrid>
  );
}
