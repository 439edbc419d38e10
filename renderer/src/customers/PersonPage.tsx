// One customer (a person: every record that matches): their incidents with what was given, the
// scores before and after and the outcome, newest first.
import { Alert, Anchor, Center, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { OUTCOME_LABELS } from '../../../shared/domain';
import type { PersonDetail } from '../../../shared/schemas/people';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { StatusBadge } from '../lib/badges';
import { useFormat } from '../lib/useFormat';
import { RepeatBadge } from './CustomersPage';

const nowrap = { whiteSpace: 'nowrap' } as const;
const score = (n: number | null) => (n === null ? '—' : String(n));

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value || '—'}</Text>
    </div>
  );
}

function Person({ person }: { person: PersonDetail }) {
  const fmt = useFormat();
  const others = person.names.filter((n) => n !== person.name);
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/customers" size="sm">
          ← Customers
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{person.name || 'No name given'}</Title>
          <RepeatBadge incidents={person.incidents.length} />
        </Group>
        {others.length > 0 && <Text c="dimmed">Also written as {others.join(', ')}</Text>}
      </div>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Fact label="Phone" value={person.phones.join(', ')} />
        <Fact label="Email" value={person.emails.join(', ')} />
        <Fact label="Incidents" value={fmt.count(person.incidents.length)} />
        <Fact label="Compensation given" value={fmt.money(person.compensation)} />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={820}>
        <Table striped verticalSpacing={6} aria-label="Their incidents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ref</Table.Th>
              <Table.Th>Happened</Table.Th>
              <Table.Th>What happened</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th ta="right">Compensation</Table.Th>
              <Table.Th ta="center">Score before → after</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {person.incidents.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/incidents/${i.id}`} ff="monospace" fw={600}>
                    {i.ref}
                  </Anchor>
                </Table.Td>
                <Table.Td style={nowrap}>{fmt.date(i.occurredAt)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} title={i.summary}>
                    {i.summary}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={i.status} />
                </Table.Td>
                <Table.Td ta="right" style={nowrap}>
                  {i.compensation > 0 ? fmt.money(i.compensation) : '—'}
                </Table.Td>
                <Table.Td ta="center" style={nowrap}>
                  {score(i.scoreBefore)} → {score(i.scoreAfter)}
                </Table.Td>
                <Table.Td>{OUTCOME_LABELS[i.outcome]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function PersonPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCall('customers.person', { id: valid ? id : 1 }, { enabled: valid, retry: false });
  if (!valid) return <Alert color="red">That is not a customer’s address.</Alert>;
  if (query.isPending)
    return (
      <Center h={200}>
        <Loader aria-label="Loading the customer" />
      </Center>
    );
  if (query.isError)
    return (
      <Stack>
        <Anchor component={Link} to="/customers" size="sm">
          ← Customers
        </Anchor>
        <Alert color="red">{errorMessage(query.error)}</Alert>
      </Stack>
    );
  return <Person person={query.data} />;
}
