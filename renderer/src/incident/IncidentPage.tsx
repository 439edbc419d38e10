import { Alert, Anchor, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { CompensationCard } from '../compensation/CompensationCard';
import { StatusBadge, SeverityBadge } from '../lib/badges';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { CustomerCard } from './CustomerCard';
import { DeleteIncidentButton } from './DeleteIncidentButton';
import { DetailsCard } from './DetailsCard';
import { DiagnoseCard } from './DiagnoseCard';
import { FollowUpCard } from './FollowUpCard';
import { HeardChecklist } from './HeardChecklist';
import { InternalNoteCard } from './InternalNoteCard';
import { ScoresCard } from './ScoresCard';
import { Timeline } from './Timeline';
import { useIncidentEditor } from './useIncidentEditor';

const SPACE = ' ';

export function IncidentPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCall('incidents.get', { id }, { enabled: valid });
  const editor = useIncidentEditor(id);
  const t = useT();
  const fmt = useFormat();

  if (!valid || query.isError) {
    return (
      <Alert color="red" title={t('incident.page.cannotShow')}>
        {valid ? errorMessage(query.error) : t('incident.page.notANumber')}
        {SPACE}
        <Anchor component={Link} to="/journal">
          {t('incident.page.backToJournal')}
        </Anchor>
      </Alert>
    );
  }
  if (!query.data) {
    return (
      <Center h={300}>
        <Loader aria-label={t('incident.page.loading')} />
      </Center>
    );
  }
  const { incident, events, compensations } = query.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to="/journal" size="sm">
            {t('incident.page.journal')}
          </Anchor>
          <Group gap="sm">
            <Title order={1}>{t('incident.page.title', { ref: incident.ref })}</Title>
            <StatusBadge status={incident.status} />
            <SeverityBadge severity={incident.severity} />
          </Group>
        </div>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t('incident.page.stamps', { logged: fmt.dateTime(incident.loggedAt), changed: fmt.dateTime(incident.updatedAt) })}
          </Text>
          <DeleteIncidentButton
            incident={incident}
            given={compensations.length ? fmt.money(compensations.reduce((sum, c) => sum + c.cost, 0)) : ''}
          />
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={7}>
          <Stack gap="md">
            <DetailsCard incident={incident} editor={editor} />
            <CompensationCard incidentId={incident.id} handledById={incident.handledById} compensations={compensations} />
            <CustomerCard incident={incident} editor={editor} />
            <InternalNoteCard incident={incident} editor={editor} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <HeardChecklist incident={incident} editor={editor} />
            <FollowUpCard incident={incident} editor={editor} />
            <ScoresCard incident={incident} editor={editor} />
            <DiagnoseCard incident={incident} editor={editor} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Timeline events={events} />
    </Stack>
  );
}
