// Step 4: each column of the file, the Makegood field it is read into (guessed, or chosen), or none.
import { Badge, Select, Table, Text } from '@mantine/core';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField, type ImportResult } from '../../../shared/schemas/data';
import { fieldOf, type Mapping } from './mapping';

/** Mantine's Select has no empty-string option; this stands for "not imported". */
const NONE = '__none__';
const OPTIONS = [{ value: NONE, label: 'Not imported' }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] }))];
const HOW = {
  chosen: { label: 'your choice', color: 'teal' },
  name: { label: 'by name', color: 'gray' },
  synonym: { label: 'guessed', color: 'yellow' },
} as const;

interface Props {
  headers: string[];
  /** The mapping in use: the last check's, with the person's newer choices over it. */
  inUse: Mapping;
  matchedBy: ImportResult['matchedBy'];
  onChange: (header: string, field: ImportField | null) => void;
}

export function ColumnsTable({ headers, inUse, matchedBy, onChange }: Props) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={4} aria-label="Columns">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Column in the file</Table.Th>
            <Table.Th w={380}>Makegood field</Table.Th>
            <Table.Th w={130}>Matched</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, i) => {
            // A mapping names a column by its header: an unnamed or repeated one cannot be chosen.
            const unnamed = header.trim() === '';
            const repeated = !unnamed && headers.indexOf(header) !== i;
            const field = unnamed || repeated ? null : fieldOf(inUse, header);
            const how = field ? matchedBy[field] : undefined;
            return (
              <Table.Tr key={i}>
                <Table.Td fw={600}>{unnamed ? <Text c="dimmed">column {i + 1} (no header)</Text> : repeated ? `${header} (column ${i + 1})` : header}</Table.Td>
                <Table.Td>
                  {unnamed || repeated ? (
                    <Text size="sm" c="dimmed">
                      Not imported: give the column {unnamed ? 'a header' : 'a name of its own'} in the file to import it
                    </Text>
                  ) : (
                    <Select
                      aria-label={`Field for “${header}”`}
                      data={OPTIONS}
                      value={field ?? NONE}
                      onChange={(v) => onChange(header, v === null || v === NONE ? null : (v as ImportField))}
                      allowDeselect={false}
                      searchable
                      size="sm"
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {how ? (
                    <Badge color={HOW[how].color} variant="light">
                      {HOW[how].label}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
