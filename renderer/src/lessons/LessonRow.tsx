// One lesson in the library: what it is, whose, by when, and whether it worked.
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { LessonSummary } from '../../../shared/schemas/lesson';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { LessonStatusBadge, OverdueBadge, VerdictBadge } from './LessonBadges';
import { dueDay } from './lessonOptions';

const NONE = '—';

export function LessonRow({ lesson: l }: { lesson: LessonSummary }) {
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/lessons/${l.id}`} fw={700} display="block" truncate="end">
          {l.title}
        </Anchor>
        <Text size="sm" c="dimmed" truncate="end" title={l.change || undefined}>
          {l.change ? t('lessons.row.change', { change: l.change }) : t('lessons.row.noChange')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={1}>
          {l.rootCauseName ?? NONE}
        </Text>
        <Text size="xs" c="dimmed">
          {l.rootCauseGroup ? labels.causeGroup(l.rootCauseGroup) : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{l.ownerName ?? NONE}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <Text size="sm" c={l.overdue ? 'red' : undefined} fw={l.overdue ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
            {l.status === 'done' && l.doneAt ? t('lessons.row.done', { date: fmt.date(l.doneAt) }) : l.dueAt ? fmt.date(dueDay(l.dueAt)) : NONE}
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
      <Table.Td ta="end">{fmt.count(l.incidentIds.length)}</Table.Td>
    </Table.Tr>
  );
}
