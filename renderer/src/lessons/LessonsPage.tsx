// The team's library of lessons: search and filters in the URL, each lesson with its verdict.
import { Alert, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useRootCauses } from '../api/lookups';
import { useNavigate } from 'react-router';
import type { MessageId } from '../../../shared/i18n/catalog';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
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
  const t = useT();
  // For the one message with markup in it: the cause's name in bold.
  const intl = useIntl();
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
          <Title order={1}>{t('lessons.list.title')}</Title>
          <Text c="dimmed">{t('lessons.list.intro')}</Text>
        </div>
        <Group gap="md">
          {lessons.data && (
            <Text fw={600} size="lg" aria-live="polite">
              {overdue > 0
                ? t('lessons.list.countOverdue', { count: list.length, n: fmt.count(list.length), overdue: fmt.count(overdue) })
                : t('lessons.list.count', { count: list.length, n: fmt.count(list.length) })}
            </Text>
          )}
          <Button onClick={() => setPrefill({ rootCauseId: filter.rootCauseId ?? null })}>{t('lessons.list.new')}</Button>
        </Group>
      </Group>
      <LessonFilters {...filterApi} />
      {causeName && (
        <Text>
          {intl.formatMessage({ id: 'lessons.list.onCause' satisfies MessageId }, { cause: <strong key="cause">{causeName}</strong> })}
        </Text>
      )}
      {lessons.isError && <Alert color="red">{errorMessage(lessons.error)}</Alert>}
      {lessons.isPending && (
        <Center h={200}>
          <Loader aria-label={t('lessons.list.loading')} />
        </Center>
      )}
      {lessons.data && list.length === 0 && (
        <Text c="dimmed">{filterApi.active ? t('lessons.list.noMatch') : t('lessons.list.none')}</Text>
      )}
      {list.length > 0 && (
        <Table verticalSpacing={6} highlightOnHover aria-label={t('lessons.list.title')} style={{ tableLayout: 'fixed' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="29%">{t('lessons.list.col.lesson')}</Table.Th>
              <Table.Th>{t('lessons.list.col.cause')}</Table.Th>
              <Table.Th w={110}>{t('lessons.field.owner')}</Table.Th>
              <Table.Th w={150}>{t('lessons.list.col.due')}</Table.Th>
              <Table.Th w={125}>{t('lessons.field.status')}</Table.Th>
              <Table.Th w={165}>{t('lessons.effect.title')}</Table.Th>
              <Table.Th w={80} ta="end">
                {t('lessons.list.col.incidents')}
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
