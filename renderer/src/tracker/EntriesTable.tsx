// The month's entries, newest first; each opens its incident.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { useFormat } from '../lib/useFormat';

interface Props {
  entries: CompensationMonth['entries'];
  count: number;
  empty: string;
}

export function EntriesTable({ entries, count, empty }: Props) {
  const fmt = useFormat();
  if (entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  }
  return (
    <>
      {entries.length < count && (
        <Text size="sm" c="dimmed" mb="xs">
          Showing the newest {fmt.count(entries.length)} of {fmt.count(count)}
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing={6} aria-label="Entries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Given at</Table.Th>
              <Table.Th>Incident</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th ta="right">Cost</Table.Th>
              <Table.Th>Given by</Table.Th>
              <Table.Th>Approved by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(e.givenAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/incidents/${e.incidentId}`} ff="monospace" fw={600} aria-label={`Incident ${e.incidentRef}`}>
                    {e.incidentRef}
                  </Anchor>
                </Table.Td>
                <Table.Td>{COMPENSATION_KIND_LABELS[e.kind]}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={e.description}>
                    {e.description || '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} fw={600}>
                  {fmt.money(e.cost)}
                </Table.Td>
                <Table.Td>{e.givenByName ?? '—'}</Table.Td>
                <Table.Td>
                  {e.overAllowanceUnapproved ? (
                    <Badge color="red" variant="light" size="sm" title="Imported past the giver's allowance, with nobody's approval on record">
                      Over allowance, not approved
                    </Badge>
                  ) : (
                    (e.approvedByName ?? '—')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
