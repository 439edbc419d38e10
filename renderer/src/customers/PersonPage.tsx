// One customer (a person: every record that matches): their incidents with what was given, the
// scores before and after and the outcome, newest first.
import { Alert, Anchor, Center, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { PersonDetail } from '../../../shared/schemas/people';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { StatusBadge } from '../lib/badges';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { RepeatBadge } from './CustomersPage';

const nowrap = { whiteSpace: 'nowrap' } as const;
/** A value not known or not given. */
const NONE = '—';
const score = (n: number | null) => (n === null ? NONE : String(n));
const scores = (before: number | null, after: number | null) => `${score(before)} → ${score(after)}`;

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value || NONE}</Text>
    </div>
  );
}

function Person({ person }: { person: PersonDetail }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const others = person.names.filter((n) => n !== person.name);
  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/customers" size="sm">
          {t('customers.person.back')}
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{person.name || t('customers.noName')}</Title>
          <RepeatBadge incidents={person.incidents.length} />
        </Group>
        {others.length > 0 && <Text c="dimmed">{t('customers.person.alsoWrittenAs', { names: others.join(', ') })}</Text>}
      </div>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
        <Fact label={t('customers.person.phone')} value={person.phones.join(', ')} />
        <Fact label={t('customers.person.email')} value={person.emails.join(', ')} />
        <Fact label={t('customers.person.incidents')} value={fmt.count(person.incidents.length)} />
        <Fact label={t('customers.person.compensationGiven')} value={fmt.money(person.compensation)} />
      </SimpleGrid>
      <Table.ScrollContainer minWidth={820}>
        <Table striped verticalSpacing={6} aria-label={t('customers.person.table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.person.column.ref')}</Table.Th>
              <Table.Th>{t('customers.person.column.happened')}</Table.Th>
              <Table.Th>{t('customers.person.column.whatHappened')}</Table.Th>
              <Table.Th>{t('customers.person.column.status')}</Table.Th>
              <Table.Th ta="end">{t('customers.person.column.compensation')}</Table.Th>
              <Table.Th ta="center">{t('customers.person.column.scores')}</Table.Th>
              <Table.Th>{t('customers.person.column.outcome')}</Table.Th>
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
                <Table.Td ta="end" style={nowrap}>
                  {i.compensation > 0 ? fmt.money(i.compensation) : NONE}
                </Table.Td>
                <Table.Td ta="center" style={nowrap}>
                  {scores(i.scoreBefore, i.scoreAfter)}
                </Table.Td>
                <Table.Td>{labels.outcome(i.outcome)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function PersonPage() {
  const t = useT();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCall('customers.person', { id: valid ? id : 1 }, { enabled: valid, retry: false });
  if (!valid) return <Alert color="red">{t('customers.person.notAnAddress')}</Alert>;
  if (query.isPending)
    return (
      <Center h={200}>
        <Loader aria-label={t('customers.person.loading')} />
      </Center>
    );
  if (query.isError)
    return (
      <Stack>
        <Anchor component={Link} to="/customers" size="sm">
          {t('customers.person.back')}
        </Anchor>
        <Alert color="red">{errorMessage(query.error)}</Alert>
      </Stack>
    );
  return <Person person={query.data} />;
}
