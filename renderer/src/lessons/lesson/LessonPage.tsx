// One lesson: its fields, the incidents it came from, and whether the same cause came back less.
import { Alert, Anchor, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/call';
import { useCall } from '../../api/useCall';
import { useFormat } from '../../lib/useFormat';
import { useT } from '../../lib/useT';
import { LessonStatusBadge, OverdueBadge } from '../LessonBadges';
import { EffectivenessCard } from './EffectivenessCard';
import { LessonFields } from './LessonFields';
import { LessonIncidents } from './LessonIncidents';
import { useLessonEditor } from './useLessonEditor';

const SPACE = ' ';

export function LessonPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCall('lessons.get', { id }, { enabled: valid });
  const editor = useLessonEditor(id);
  const fmt = useFormat();
  const t = useT();

  if (!valid || query.isError) {
    return (
      <Alert color="red" title={t('lessons.page.cannotShow')}>
        {valid ? errorMessage(query.error) : t('lessons.page.badId')}
        {SPACE}
        <Anchor component={Link} to="/lessons">
          {t('lessons.page.back')}
        </Anchor>
      </Alert>
    );
  }
  if (!query.data) {
    return (
      <Center h={300}>
        <Loader aria-label={t('lessons.page.loading')} />
      </Center>
    );
  }
  const { lesson, incidents } = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to="/lessons" size="sm">
            {t('lessons.page.up')}
          </Anchor>
          <Group gap="sm">
            <Title order={1}>{lesson.title}</Title>
            <LessonStatusBadge status={lesson.status} />
            {lesson.overdue && <OverdueBadge />}
          </Group>
        </div>
        <Text size="sm" c="dimmed">
          {t('lessons.page.written', { created: fmt.date(lesson.createdAt), updated: fmt.dateTime(lesson.updatedAt) })}
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={6}>
          <LessonFields lesson={lesson} editor={editor} />
        </Grid.Col>
        <Grid.Col span={6}>
          <Stack gap="md">
            <EffectivenessCard detail={query.data} />
            <LessonIncidents incidents={incidents} editor={editor} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
