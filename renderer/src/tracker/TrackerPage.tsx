// The compensation tracker: one month's make-goods, by kind, cause and person, against last month.
import { Alert, Center, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { Card } from '../incident/Card';
import { monthName } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { BreakdownTable } from './BreakdownTable';
import { ByStaffTable } from './ByStaffTable';
import { EntriesTable } from './EntriesTable';
import { MonthPicker } from './MonthPicker';
import { TrackerHeadline } from './TrackerHeadline';
import { useMonthParam } from './useMonthParam';

export function TrackerPage() {
  const [month, setMonth] = useMonthParam();
  const fmt = useFormat();
  const query = useCall('compensations.month', { month }, { placeholderData: keepPreviousData });
  const data = query.data?.month === month ? query.data : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Compensation</Title>
        <Group gap="sm">
          {query.isFetching && <Loader size="sm" aria-label="Loading the month" />}
          <MonthPicker month={month} onChange={setMonth} />
        </Group>
      </Group>
      {query.isError && <Alert color="red">{errorMessage(query.error)}</Alert>}
      {!data ? (
        !query.isError && (
          <Center h={200}>
            <Loader aria-label="Loading" />
          </Center>
        )
      ) : (
        <>
          <TrackerHeadline data={data} />
          <SimpleGrid cols={3} spacing="md">
            <ByStaffTable rows={data.byStaff} />
            <Card title="By kind" id="tracker-by-kind">
              <BreakdownTable
                title="By kind"
                column="Kind"
                monthTotal={data.total}
                empty="Nothing given."
                rows={data.byKind.map((k) => ({ key: k.kind, label: COMPENSATION_KIND_LABELS[k.kind], total: k.total, count: k.count }))}
              />
            </Card>
            <Card title="By root cause" id="tracker-by-cause">
              <BreakdownTable
                title="By root cause"
                column="Root cause"
                monthTotal={data.total}
                empty="Nothing given."
                rows={data.byRootCause.map((c) => ({
                  key: String(c.rootCauseId ?? 'none'),
                  label: c.name ?? 'Not diagnosed yet',
                  hint: c.group ? `${c.name ?? ''} (${c.group})` : undefined,
                  total: c.total,
                  count: c.count,
                }))}
              />
            </Card>
          </SimpleGrid>
          <Card title={`Entries in ${monthName(month, fmt.locale)}`} id="tracker-entries">
            <EntriesTable entries={data.entries} count={data.count} empty={`Nothing was given in ${monthName(month, fmt.locale)}.`} />
          </Card>
        </>
      )}
    </Stack>
  );
}
