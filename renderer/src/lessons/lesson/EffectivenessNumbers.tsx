// The chart's numbers as a table, for screen readers and for anyone who wants the figures.
import { Table } from '@mantine/core';
import { useFormat } from '../../lib/useFormat';
import type { WindowBar } from './effectivenessData';

export function EffectivenessNumbers({ bars, id }: { bars: WindowBar[]; id: string }) {
  const fmt = useFormat();
  return (
    <Table id={id} withTableBorder striped mt="xs" aria-label="Incidents per 30-day window">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Window</Table.Th>
          <Table.Th>Dates</Table.Th>
          <Table.Th ta="right">Incidents</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bars.map((b) => (
          <Table.Tr key={b.mid}>
            <Table.Td>{b.label}</Table.Td>
            <Table.Td>
              {fmt.date(b.from)} – {fmt.date(b.to)}
            </Table.Td>
            <Table.Td ta="right">{fmt.count(b.incidents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
