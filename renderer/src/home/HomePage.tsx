// At a glance: what is promised today, what is late, what is still open, what waits for diagnosis.
import { Alert, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { ReminderPermissionNote } from '../followups/ReminderPermissionNote';
import { QuickLogButton } from '../quicklog/QuickLogButton';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { HomeList } from './HomeList';
import { StatTile } from './StatTile';

/** Keys, not words: the same on every keyboard. */
const LOG_KEY = 'N';
const LOG_KEY_WITH_MOD = 'Ctrl+N';

export function HomePage() {
  const t = useT();
  const fmt = useFormat();
  const home = useCall('incidents.home', {}, { refetchInterval: 60_000 });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('home.title')}</Title>
        <QuickLogButton size="lg" />
      </Group>
      <ReminderPermissionNote />
      {home.isError && <Alert color="red">{errorMessage(home.error)}</Alert>}
      {!home.data ? (
        !home.isError && (
          <Center h={200}>
            <Loader aria-label={t('app.loading')} />
          </Center>
        )
      ) : (
        <>
          <SimpleGrid cols={4} spacing="md">
            <StatTile label={t('home.tile.dueToday')} value={fmt.count(home.data.dueToday.length)} />
            <StatTile label={t('home.tile.overdue')} value={fmt.count(home.data.overdueCount)} color={home.data.overdueCount > 0 ? 'red' : undefined} />
            <StatTile label={t('home.tile.open')} value={fmt.count(home.data.openCount)} to="/journal?status=open" />
            <StatTile label={t('home.tile.toDiagnose')} value={fmt.count(home.data.toDiagnoseCount)} to="/diagnose" />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="md">
            <HomeList title={t('home.list.dueToday')} rows={home.data.dueToday} empty={t('home.list.dueToday.empty')} showDue />
            <HomeList title={t('home.list.overdue')} rows={home.data.overdue} empty={t('home.list.overdue.empty')} showDue total={home.data.overdueCount} />
            <HomeList title={t('home.list.open')} rows={home.data.open} empty={t('home.list.open.empty')} total={home.data.openCount} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('home.shortcut', { key: LOG_KEY, modKey: LOG_KEY_WITH_MOD })}
          </Text>
        </>
      )}
    </Stack>
  );
}
