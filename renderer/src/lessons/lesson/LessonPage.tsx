// One lesson: its fields, the incidents it came from, and whether the same cause came back less.
import { Alert, Anchor, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../api/call';
import { useCall } from '../../api/useCall';
import { useFormat } from '../../lib/useFormat';
import { LessonStatusBadge, OverdueBadge } from '../LessonBadges';
import { EffectivenessCard } from './EffectivenessCard';
import { LessonFields } from './LessonFields';
import { LessonIncidents } from './LessonIncidents';
import { useLessonEditor } from './useLessonEditor';

export function LessonPage() {
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const query = useCall('lessons.get', { id }, { enabled: valid });
  const editor = useLessonEditor(id);
  const fmt = useFormat();

  if (!valid || query.isError) {
    return (
      <Alert color="red" title="This lesson cannot be shown">
        {valid ? errorMessage(query.error) : 'That is not a lesson number.'}{' '}
        <Anchor component={Link} to="/lessons">
          Back to the lessons
        </Anchor>
      </Alert>
    );
  }
  if (!query.data) {
    return (
      <Center h={300}>
        <Loader aria-label="Loading lesson" />
      </Center>
    );
  }
  const { lesson, incidents } = query.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Anchor component={Link} to="/lessons" size="sm">
            ← Lessons
          </Anchor>
          <Group gap="sm">
            <Title order={1}>{lesson.title}</Title>
            <LessonStatusBadge status={lesson.status} />
            {lesson.overdue && <OverdueBadge />}
          </Group>
        </div>
        <Text size="sm" c="dimmed">
          Written {fmt.date(lesson.createdAt)} · changed {fmt.dateTime(lesson.updatedAt)}
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
