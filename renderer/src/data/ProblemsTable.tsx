// Every row the import cannot take: its line in the file, the file's column, and why.
import { Table, Text } from '@mantine/core';
import type { ImportResult } from '../../../shared/schemas/data';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** An empty cell. */
const NONE = '—';

interface Props {
  /** The first problems (the core sends at most 500). */
  problems: ImportResult['problems'];
  /** How many there are in all. */
  count: number;
}

export function ProblemsTable({ problems, count }: Props) {
  const t = useT();
  const fmt = useFormat();
  if (problems.length === 0) return null;
  return (
    <>
      <Table.ScrollContainer minWidth={600} mah={420}>
        <Table striped stickyHeader verticalSpacing={4} aria-label={t('data.preview.problems')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('data.preview.line')}</Table.Th>
              <Table.Th w={200}>{t('data.problems.column')}</Table.Th>
              <Table.Th>{t('data.problems.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((p, i) => (
              <Table.Tr key={`${p.line}-${p.column ?? ''}-${i}`}>
                <Table.Td>{p.line}</Table.Td>
                <Table.Td>{p.column ?? NONE}</Table.Td>
                <Table.Td>{p.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {count > problems.length && (
        <Text size="sm" c="dimmed">
          {t('data.problems.more', { n: fmt.count(count - problems.length) })}
        </Text>
      )}
    </>
  );
}
