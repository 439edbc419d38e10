// One recurring or rising cause: "Short-staffed at lunch: 7 in the last 30 days, up from 2", with its incidents and lessons.
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Callouts } from '../../../shared/schemas/patterns';
import { journalLink } from './journalLink';

type Cause = Callouts['causes'][number];

function comparison(c: Cause): string {
  if (c.last30 === c.previous30) return `the same as the 30 days before`;
  return `${c.last30 > c.previous30 ? 'up' : 'down'} from ${c.previous30}`;
}

export function CalloutCard({ cause, window }: { cause: Cause; window: Callouts['window'] }) {
  const lessons = cause.lessons.length;
  const journal = journalLink({ from: window.from, to: window.to }, { rootCauseId: cause.rootCauseId });
  return (
    <Paper withBorder p="sm" component="article" aria-label={cause.name} h="100%">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text fw={700} lineClamp={2} title={`${cause.name} (${cause.group})`} style={{ minWidth: 0 }}>
          {cause.name}
        </Text>
        {cause.rising ? (
          <Badge color="red" variant="filled" style={{ flexShrink: 0 }}>
            Rising
          </Badge>
        ) : (
          <Badge color="orange" variant="light" style={{ flexShrink: 0 }}>
            Recurring
          </Badge>
        )}
      </Group>
      <Text size="sm">
        {cause.last30} in the last 30 days, {comparison(cause)}
      </Text>
      <Group gap="md" mt={4}>
        <Anchor component={Link} to={journal} size="sm" aria-label={`See incidents: ${cause.name}`}>
          See incidents
        </Anchor>
        {lessons > 0 ? (
          <Anchor component={Link} to={`/lessons?cause=${cause.rootCauseId}`} size="sm" aria-label={`Lessons on ${cause.name} (${lessons})`}>
            Lessons ({lessons})
          </Anchor>
        ) : (
          <Anchor component={Link} to={`/lessons?cause=${cause.rootCauseId}&new=1`} size="sm" aria-label={`Write a lesson on ${cause.name}`}>
            Write a lesson
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}
