// One breakdown of the month's spend (by kind, by root cause): name, a bar of its share, total, entries.
import { Table, Text } from '@mantine/core';
import { SpendBar } from '../lib/SpendBar';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

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
  const t = useT();
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
          <Table.Th ta="end">{t('tracker.breakdown.total')}</Table.Th>
          <Table.Th ta="end">{t('tracker.breakdown.entries')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              <Text size="sm" fw={600} lineClamp={1} title={r.hint ?? r.label}>
                {r.label}
              </Text>
              <SpendBar
                spent={r.total}
                limit={monthTotal}
                label={t('tracker.breakdown.share', { name: r.label })}
                valueText={t('tracker.breakdown.valueText', { amount: fmt.money(r.total), total: fmt.money(monthTotal) })}
                size="xs"
                color="teal"
              />
            </Table.Td>
            <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
              {fmt.money(r.total)}
            </Table.Td>
            <Table.Td ta="end">{fmt.count(r.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
