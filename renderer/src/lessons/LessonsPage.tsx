// The team's library of lessons: search and filters in the URL, each lesson with its verdict.
import { Alert, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useRootCauses } from '../api/lookups';
import { useNavigate } from 'react-router';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { LessonFilters } from './LessonFilters';
import { LessonFormModal, type LessonPrefill } from './LessonFormModal';
import { LessonRow } from './LessonRow';
import { useLessonFilter } from './useLessonFilter';
import { useNewLessonFromLink } from './useNewLessonFromLink';

export function LessonsPage() {
  const filterApi = useLessonFilter();
  const { filter } = filterApi;
  const lessons = useCall('lessons.list', { filter }, { placeholderData: (prev) => prev });
  const fmt = useFormat();
  const navigate = useNavigate();
  const [prefill, setPrefill] = useState<LessonPrefill | null>(null);
  useNewLessonFromLink(setPrefill);
  const causes = useRootCauses();
  const causeName = causes.data?.find((c) => c.id === filter.rootCauseId)?.name;
  const list = lessons.data ?? [];
  const overdue = list.filter((l) => l.overdue).length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Lessons</Title>
          <Text c="dimmed">What the team learned, what it changed, and whether the same cause came back.</Text>
        </div>
        <Group gap="md">
          {lessons.data && (
            <Text fw={600} size="lg" aria-live="polite">
              {fmt.count(list.length)} {list.length === 1 ? 'lesson' : 'lessons'}
              {overdue > 0 && `, ${fmt.count(overdue)} overdue`}
            </Text>
          )}
          <Button onClick={() => setPrefill({ rootCauseId: filter.rootCauseId ?? null })}>New lesson</Button>
        </Group>
      </Group>
      <LessonFilters {...filterApi} />
      {causeName && (
        <Text>
          Lessons on the root cause <strong>{causeName}</strong>. “Clear filters” shows them all.
        </Text>
      )}
      {lessons.isError && <Alert color="red">{errorMessage(lessons.error)}</Alert>}
      {lessons.isPending && (
        <Center h={200}>
          <Loader aria-label="Loading lessons" />
        </Center>
      )}
      {lessons.data && list.length === 0 && (
        <Text c="dimmed">{filterApi.active ? 'No lesson matches these filters.' : 'No lessons yet. Write one from a diagnosed incident or with “New lesson”.'}</Text>
      )}
      {list.length > 0 && (
        <Table verticalSpacing={6} highlightOnHover aria-label="Lessons" style={{ tableLayout: 'fixed' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="29%">Lesson</Table.Th>
              <Table.Th>Root cause</Table.Th>
              <Table.Th w={110}>Owner</Table.Th>
              <Table.Th w={150}>Due</Table.Th>
              <Table.Th w={125}>Status</Table.Th>
              <Table.Th w={165}>Did it work?</Table.Th>
              <Table.Th w={80} ta="right">
                Incidents
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((l) => (
              <LessonRow key={l.id} lesson={l} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <LessonFormModal prefill={prefill} onClose={() => setPrefill(null)} onSaved={(d) => void navigate(`/lessons/${d.lesson.id}`)} />
    </Stack>
  );
}
