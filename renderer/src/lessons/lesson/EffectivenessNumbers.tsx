// The chart's numbers as a table, for screen readers and for anyone who wants the figures.
import { Table } from '@mantine/core';
import { useFormat } from '../../lib/useFormat';
import { useT } from '../../lib/useT';
import type { WindowBar } from './effectivenessData';

const BETWEEN = ' – ';

export function EffectivenessNumbers({ bars, id }: { bars: WindowBar[]; id: string }) {
  const fmt = useFormat();
  const t = useT();
  return (
    <Table id={id} withTableBorder striped mt="xs" aria-label={t('lessons.effect.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('lessons.effect.window')}</Table.Th>
          <Table.Th>{t('lessons.effect.dates')}</Table.Th>
          <Table.Th ta="end">{t('lessons.list.col.incidents')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bars.map((b) => (
          <Table.Tr key={b.mid}>
            <Table.Td>{b.label}</Table.Td>
            <Table.Td>
              {fmt.date(b.from)}
              {BETWEEN}
              {fmt.date(b.to)}
            </Table.Td>
            <Table.Td ta="end">{fmt.count(b.incidents)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
