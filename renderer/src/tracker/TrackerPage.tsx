// The compensation tracker: one month's make-goods, by kind, cause and person, against last month.
import { Alert, Center, Group, Loader, SimpleGrid, Stack, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { Card } from '../incident/Card';
import { monthName } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { BreakdownTable } from './BreakdownTable';
import { ByStaffTable } from './ByStaffTable';
import { EntriesTable } from './EntriesTable';
import { MonthPicker } from './MonthPicker';
import { TrackerHeadline } from './TrackerHeadline';
import { useMonthParam } from './useMonthParam';

export function TrackerPage() {
  const [month, setMonth] = useMonthParam();
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  const query = useCall('compensations.month', { month }, { placeholderData: keepPreviousData });
  const data = query.data?.month === month ? query.data : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('tracker.title')}</Title>
        <Group gap="sm">
          {query.isFetching && <Loader size="sm" aria-label={t('tracker.loadingMonth')} />}
          <MonthPicker month={month} onChange={setMonth} />
        </Group>
      </Group>
      {query.isError && <Alert color="red">{errorMessage(query.error)}</Alert>}
      {!data ? (
        !query.isError && (
          <Center h={200}>
            <Loader aria-label={t('tracker.loading')} />
          </Center>
        )
      ) : (
        <>
          <TrackerHeadline data={data} />
          <SimpleGrid cols={3} spacing="md">
            <ByStaffTable rows={data.byStaff} />
            <Card title={t('tracker.byKind')} id="tracker-by-kind">
              <BreakdownTable
                title={t('tracker.byKind')}
                column={t('compensation.field.kind')}
                monthTotal={data.total}
                empty={t('tracker.nothingGiven')}
                rows={data.byKind.map((k) => ({ key: k.kind, label: labels.kind(k.kind), total: k.total, count: k.count }))}
              />
            </Card>
            <Card title={t('tracker.byCause')} id="tracker-by-cause">
              <BreakdownTable
                title={t('tracker.byCause')}
                column={t('lessons.list.col.cause')}
                monthTotal={data.total}
                empty={t('tracker.nothingGiven')}
                rows={data.byRootCause.map((c) => ({
                  key: String(c.rootCauseId ?? 'none'),
                  label: c.name ?? t('tracker.notDiagnosed'),
                  hint: c.group ? `${c.name ?? ''} (${labels.causeGroup(c.group)})` : undefined,
                  total: c.total,
                  count: c.count,
                }))}
              />
            </Card>
          </SimpleGrid>
          <Card title={t('tracker.entriesIn', { month: monthName(month, fmt.locale) })} id="tracker-entries">
            <EntriesTable entries={data.entries} count={data.count} empty={t('tracker.nothingIn', { month: monthName(month, fmt.locale) })} />
          </Card>
        </>
      )}
    </Stack>
  );
}
