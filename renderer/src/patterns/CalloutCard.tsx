// One recurring or rising cause: "Short-staffed at lunch: 7 in the last 30 days, up from 2", with its incidents and lessons.
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Callouts } from '../../../shared/schemas/patterns';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { journalLink } from './journalLink';

type Cause = Callouts['causes'][number];

const trend = (c: Cause) => (c.last30 === c.previous30 ? 'same' : c.last30 > c.previous30 ? 'up' : 'down');

export function CalloutCard({ cause, window }: { cause: Cause; window: Callouts['window'] }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const lessons = cause.lessons.length;
  const journal = journalLink({ from: window.from, to: window.to }, { rootCauseId: cause.rootCauseId });
  const nameAndGroup = `${cause.name} (${labels.causeGroup(cause.group)})`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={cause.name} h="100%">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text fw={700} lineClamp={2} title={nameAndGroup} style={{ minWidth: 0 }}>
          {cause.name}
        </Text>
        {cause.rising ? (
          <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
            {t('patterns.callout.rising')}
          </Badge>
        ) : (
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
            {t('patterns.callout.recurring')}
          </Badge>
        )}
      </Group>
      <Text size="sm">{t('patterns.callout.line', { last30: fmt.count(cause.last30), trend: trend(cause), previous: fmt.count(cause.previous30) })}</Text>
      <Group gap="md" mt={4}>
        <Anchor component={Link} to={journal} size="sm" aria-label={t('patterns.callout.seeIncidentsOf', { cause: cause.name })}>
          {t('patterns.callout.seeIncidents')}
        </Anchor>
        {lessons > 0 ? (
          <Anchor component={Link} to={`/lessons?cause=${cause.rootCauseId}`} size="sm" aria-label={t('patterns.callout.lessonsOn', { cause: cause.name, count: fmt.count(lessons) })}>
            {t('patterns.callout.lessons', { count: fmt.count(lessons) })}
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/lessons?cause=${cause.rootCauseId}&new=1`} size="sm" aria-label={t('patterns.callout.writeLessonOn', { cause: cause.name })}>
            {t('patterns.callout.writeLesson')}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}
