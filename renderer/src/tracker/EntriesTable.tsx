// The month's entries, newest first; each opens its incident.
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CompensationMonth } from '../../../shared/schemas/compensation';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

interface Props {
  entries: CompensationMonth['entries'];
  count: number;
  empty: string;
}

const NONE = '—';

export function EntriesTable({ entries, count, empty }: Props) {
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
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
          {t('tracker.entries.showing', { shown: fmt.count(entries.length), count: fmt.count(count) })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing={6} aria-label={t('tracker.breakdown.entries')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('compensation.field.givenAt')}</Table.Th>
              <Table.Th>{t('tracker.entries.incident')}</Table.Th>
              <Table.Th>{t('compensation.field.kind')}</Table.Th>
              <Table.Th>{t('compensation.field.description')}</Table.Th>
              <Table.Th ta="end">{t('compensation.field.cost')}</Table.Th>
              <Table.Th>{t('compensation.field.givenBy')}</Table.Th>
              <Table.Th>{t('compensation.approval.approvedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(e.givenAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/incidents/${e.incidentId}`} ff="monospace" fw={600} aria-label={t('tracker.entries.incidentRef', { ref: e.incidentRef })}>
                    {e.incidentRef}
                  </Anchor>
                </Table.Td>
                <Table.Td>{labels.kind(e.kind)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={e.description}>
                    {e.description || NONE}
                  </Text>
                </Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }} fw={600}>
                  {fmt.money(e.cost)}
                </Table.Td>
                <Table.Td>{e.givenByName ?? NONE}</Table.Td>
                <Table.Td>
                  {e.overAllowanceUnapproved ? (
                    <Badge color="red" variant="light" size="sm" title={t('tracker.entries.unapprovedHint')}>
                      {t('tracker.entries.unapproved')}
                    </Badge>
                  ) : (
                    (e.approvedByName ?? NONE)
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
