// One lesson in the library: what it is, whose, by when, and whether it worked.
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { useFormat } from '../lib/useFormat';
import { LessonStatusBadge, OverdueBadge, VerdictBadge } from './LessonBadges';
import { dueDay } from './lessonOptions';

export function LessonRow({ lesson: l }: { lesson: LessonSummary }) {
  const fmt = useFormat();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/lessons/${l.id}`} fw={700} display="block" truncate="end">
          {l.title}
        </Anchor>
        <Text size="sm" c="dimmed" truncate="end" title={l.change || undefined}>
          {l.change ? `Change: ${l.change}` : 'No change written yet'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1}>
          {l.rootCauseName ?? '—'}
        </Text>
        <Text size="xs" c="dimmed">
          {l.rootCauseGroup ?? ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{l.ownerName ?? '—'}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Text size="sm" c={l.overdue ? 'red' : undefined} fw={l.overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {l.status === 'done' && l.doneAt ? `Done ${fmt.date(l.doneAt)}` : l.dueAt ? fmt.date(dueDay(l.dueAt)) : '—'}
          </Text>
          {l.overdue && <OverdueBadge />}
        </Group>
      </Table.Td>
      <Table.Td>
        <LessonStatusBadge status={l.status} />
      </Table.Td>
      <Table.Td>
        <VerdictBadge lesson={l} />
      </Table.Td>
      <Table.Td ta="right">{fmt.count(l.incidentIds.length)}</Table.Td>
    </Table.Tr>
  );
}
