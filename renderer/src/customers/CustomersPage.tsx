// The Customers screen: people (the customer records that match, shared/customerMatch.ts) by their
// latest incident, a page at a time; repeat customers (2+ incidents) are marked.
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PEOPLE_PAGE, type PeoplePage, type PersonSummary } from '../../../shared/schemas/people';
import { call, errorMessage } from '../api/call';
import { callKey } from '../api/keys';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

const nowrap = { whiteSpace: 'nowrap' } as const;
/** A cell with nothing to say. */
const NONE = '—';
/** Calls asked for by themselves before a person has to press "Show more" (each looks through up to 1,000 incidents). */
const AUTO_PAGES = 20;

export function RepeatBadge({ incidents }: { incidents: number }) {
  const t = useT();
  if (incidents < 2) return null;
  return (
    <Badge color="orange" variant="light" size="md" style={{ textTransform: 'none' }}>
      {t('customers.repeatBadge', { count: incidents })}
    </Badge>
  );
}

function PeopleTable({ people }: { people: PersonSummary[] }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} aria-label={t('customers.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.column.customer')}</Table.Th>
            <Table.Th>{t('customers.column.contact')}</Table.Th>
            <Table.Th ta="end">{t('customers.column.incidents')}</Table.Th>
            <Table.Th>{t('customers.column.latest')}</Table.Th>
            <Table.Th ta="end">{t('customers.column.compensation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/customers/${p.id}`} fw={600}>
                    {p.name || t('customers.noName')}
                  </Anchor>
                  <RepeatBadge incidents={p.incidents} />
                </Group>
              </Table.Td>
              <Table.Td>{[p.phone, p.email].filter(Boolean).join(' · ') || NONE}</Table.Td>
              <Table.Td ta="end">{fmt.count(p.incidents)}</Table.Td>
              <Table.Td style={nowrap}>{fmt.date(p.lastAt)}</Table.Td>
              <Table.Td ta="end" style={nowrap}>
                {fmt.money(p.compensation)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function CustomersPage() {
  const t = useT();
  // Kept in the address (Patterns links to ?repeat=1) and in state, so the switch moves at once.
  const [params, setParams] = useSearchParams();
  const [repeatOnly, setRepeat] = useState(params.get('repeat') === '1');
  const setRepeatOnly = (on: boolean) => {
    setRepeat(on);
    setParams(on ? { repeat: '1' } : {}, { replace: true });
  };
  const query = useInfiniteQuery({
    // The channel's own key (the one infinite query on it), so the writes that change it refetch it (api/call.ts).
    queryKey: callKey('customers.list', { repeatOnly }),
    queryFn: ({ pageParam }) => call('customers.list', { repeatOnly, after: pageParam }),
    initialPageParam: null as PeoplePage['next'],
    getNextPageParam: (last) => last.next,
  });
  const people = query.data?.pages.flatMap((p) => p.people) ?? [];
  // Each call looks through a bounded number of incidents: few repeat customers can leave a call
  // short of a page, so ask again, a few times at most, before waiting for "Show more".
  const pages = query.data?.pages.length ?? 0;
  const { hasNextPage, isFetching, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetching && people.length < PEOPLE_PAGE * Math.ceil(pages / AUTO_PAGES) && pages % AUTO_PAGES !== 0) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage, people.length, pages]);
  return (
    <Stack gap="md">
      <Title order={1}>{t('customers.title')}</Title>
      <Text>{t('customers.intro')}</Text>
      <Switch label={t('customers.repeatOnly')} checked={repeatOnly} onChange={(e) => setRepeatOnly(e.currentTarget.checked)} size="md" />
      {query.isPending ? (
        <Center h={200}>
          <Loader aria-label={t('customers.loading')} />
        </Center>
      ) : query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : people.length === 0 && !query.hasNextPage ? (
        <Text c="dimmed">{repeatOnly ? t('customers.noneReturned') : t('customers.none')}</Text>
      ) : (
        <>
          {people.length > 0 && <PeopleTable people={people} />}
          {query.hasNextPage && (
            <Group>
              <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('customers.showMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
