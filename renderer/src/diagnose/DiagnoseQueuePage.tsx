// The list the owner takes into the weekly team huddle: resolved incidents not yet diagnosed, oldest first.
import { Alert, Anchor, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { formatDistanceToNowStrict } from 'date-fns';
import { Link } from 'react-router';
import { ellipsize } from '../../../shared/text';
import { errorMessage } from '../api/call';
import { nameMap, useCategories } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { TeamLeadCell } from './TeamLeadCell';
import { useDiagnoseQueue } from './useDiagnoseQueue';

const shorten = (s: string, n = 110) => ellipsize(s, n);

export function DiagnoseQueuePage() {
  const queue = useDiagnoseQueue();
  const fmt = useFormat();
  const categories = nameMap(useCategories().data);
  const total = queue.data?.total ?? 0;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>To diagnose</Title>
          <Text c="dimmed">Resolved, not yet diagnosed — oldest first. Take this list to the team huddle.</Text>
        </div>
        {queue.data && (
          <Text fw={600} size="lg" aria-live="polite">
            {fmt.count(total)} {total === 1 ? 'incident' : 'incidents'}
          </Text>
        )}
      </Group>
      {queue.isError && <Alert color="red">{errorMessage(queue.error)}</Alert>}
      {queue.isPending && (
        <Center h={200}>
          <Loader aria-label="Loading the queue" />
        </Center>
      )}
      {queue.data?.items.length === 0 && <Text c="dimmed">Nothing waits for a diagnosis. Every resolved incident has its root cause.</Text>}
      {(queue.data?.items.length ?? 0) > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Incidents to diagnose">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={100}>Ref</Table.Th>
              <Table.Th w={190}>Happened</Table.Th>
              <Table.Th w={110}>Age</Table.Th>
              <Table.Th w={150}>Category</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th w={170}>Team lead present</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {queue.data?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/incidents/${r.id}`} ff="monospace" fw={600}>
                    {r.ref}
                  </Anchor>
                </Table.Td>
                <Table.Td>{fmt.dateTime(r.occurredAt)}</Table.Td>
                <Table.Td>{formatDistanceToNowStrict(new Date(r.occurredAt))}</Table.Td>
                <Table.Td>{r.categoryId === null ? '—' : (categories.get(r.categoryId) ?? '—')}</Table.Td>
                <Table.Td title={r.summary}>{shorten(r.summary)}</Table.Td>
                <Table.Td>
                  <TeamLeadCell present={r.teamLeadPresent} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {queue.data && queue.data.items.length < total && (
        <Text size="sm" c="dimmed">
          Showing the oldest {fmt.count(queue.data.items.length)} of {fmt.count(total)}.
        </Text>
      )}
    </Stack>
  );
}
