// At a glance: what is promised today, what is late, what is still open, what waits for diagnosis.
import { Alert, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { ReminderPermissionNote } from '../followups/ReminderPermissionNote';
import { QuickLogButton } from '../quicklog/QuickLogButton';
import { useFormat } from '../lib/useFormat';
import { HomeList } from './HomeList';
import { StatTile } from './StatTile';

export function HomePage() {
  const fmt = useFormat();
  const home = useCall('incidents.home', {}, { refetchInterval: 60_000 });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Home</Title>
        <QuickLogButton size="lg" />
      </Group>
      <ReminderPermissionNote />
      {home.isError && <Alert color="red">{errorMessage(home.error)}</Alert>}
      {!home.data ? (
        !home.isError && (
          <Center h={200}>
            <Loader aria-label="Loading" />
          </Center>
        )
      ) : (
        <>
          <SimpleGrid cols={4} spacing="md">
            <StatTile label="Follow-ups due today" value={fmt.count(home.data.dueToday.length)} />
            <StatTile label="Overdue follow-ups" value={fmt.count(home.data.overdueCount)} color={home.data.overdueCount > 0 ? 'red' : undefined} />
            <StatTile label="Open incidents" value={fmt.count(home.data.openCount)} to="/journal?status=open" />
            <StatTile label="To diagnose" value={fmt.count(home.data.toDiagnoseCount)} to="/diagnose" />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="md">
            <HomeList title="Due today" rows={home.data.dueToday} empty="No follow-ups due today." showDue />
            <HomeList title="Overdue" rows={home.data.overdue} empty="Nothing overdue. Promises kept." showDue total={home.data.overdueCount} />
            <HomeList title="Open, newest first" rows={home.data.open} empty="No open incidents." total={home.data.openCount} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            Press N (or Ctrl+N) anywhere to log an incident.
          </Text>
        </>
      )}
    </Stack>
  );
}
