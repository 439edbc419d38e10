// One breakdown of the month's spend (by kind, by root cause): name, a bar of its share, total, entries.
import { Table, Text } from '@mantine/core';
import { SpendBar } from '../lib/SpendBar';
import { useFormat } from '../lib/useFormat';

export interface BreakdownRow {
  key: string;
  label: string;
  /** Shown on hover, e.g. the cause's group. */
  hint?: string | undefined;
  total: number;
  count: number;
}

interface Props {
  title: string;
  /** The first column's heading: "Kind", "Root cause". */
  column: string;
  rows: BreakdownRow[];
  /** The month's total, so each bar is a share of it. */
  monthTotal: number;
  empty: string;
}

export function BreakdownTable({ title, column, rows, monthTotal, empty }: Props) {
  const fmt = useFormat();
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  }
  const sorted = [...rows].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  return (
    <Table verticalSpacing={6} aria-label={title}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{column}</Table.Th>
          <Table.Th ta="right">Total</Table.Th>
          <Table.Th ta="right">Entries</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              <Text size="sm" fw={600} lineClamp={1} title={r.hint ?? r.label}>
                {r.label}
              </Text>
              <SpendBar spent={r.total} limit={monthTotal} label={`${r.label}: share of the month`} valueText={`${fmt.money(r.total)} of ${fmt.money(monthTotal)}`} size="xs" color="teal" />
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {fmt.money(r.total)}
            </Table.Td>
            <Table.Td ta="right">{fmt.count(r.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
