// A chart's numbers as a plain table: the accessible view of every chart on the screen.
import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';

export interface NumbersRow {
  key: string;
  label: string;
  /** Where the row's label links, e.g. the journal filtered to it. */
  to?: string | undefined;
  cells: string[];
}

export function NumbersTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: NumbersRow[] }) {
  return (
    <Table verticalSpacing={4} fz="sm" aria-label={caption} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) => (
            <Table.Th key={c} ta={i === 0 ? 'start' : 'end'}>
              {c}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              {r.to ? (
                <Anchor component={Link} to={r.to} size="sm">
                  {r.label}
                </Anchor>
              ) : (
                r.label
              )}
            </Table.Td>
            {r.cells.map((c, i) => (
              <Table.Td key={i} ta="end" style={{ whiteSpace: 'nowrap' }}>
                {c}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
