// One lesson in the library: what it is, whose, by when, and whether it worked.
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { useFormat } from '../lib/useFormat';
import { LessonStatusBadge, OverdueBadge, VerdictBadge } from './LessonBadges';

const dayOf = (d: string) => new Date(`${d}T12:00:00`);

export function LessonRow({ lesson: l }: { lesson: LessonSummary }) {
  const fmt = useFormat();
  const count = l.incidentIds.length;
  return (
    <Paper withBorder p="sm" component="li" aria-labelledby={`lesson-${l.id}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={4} miw={0} style={{ flex: 1 }}>
          <Anchor component={Link} to={`/lessons/${l.id}`} fw={700} size="lg" id={`lesson-${l.id}`} lineClamp={1}>
            {l.title}
          </Anchor>
          <Text size="sm" c="dimmed" lineClamp={1}>
            {l.rootCauseName ? `${l.rootCauseName} (${l.rootCauseGroup})` : 'No root cause'} · {l.ownerName ?? 'No owner'} ·{' '}
            {count === 1 ? '1 incident' : `${fmt.count(count)} incidents`}
          </Text>
          {l.change && (
            <Text size="sm" lineClamp={1}>
              Change: {l.change}
            </Text>
          )}
        </Stack>
        <Stack gap={6} align="flex-end" miw={200}>
          <Group gap={6} wrap="nowrap">
            {l.overdue && <OverdueBadge />}
            <LessonStatusBadge status={l.status} />
            <VerdictBadge lesson={l} />
          </Group>
          <Text size="sm" c={l.overdue ? 'red' : 'dimmed'} fw={l.overdue ? 700 : undefined}>
            {l.status === 'done' && l.doneAt ? `Done ${fmt.date(l.doneAt)}` : l.dueAt ? `Due ${fmt.date(dayOf(l.dueAt))}` : 'No due date'}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
