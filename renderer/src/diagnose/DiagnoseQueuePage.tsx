// The list the owner takes into the weekly team huddle: resolved incidents not yet diagnosed, oldest first,
// each diagnosed in place (cause, Enter, D) with the focus moving on to the next one.
import { Alert, Center, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { errorMessage } from '../api/call';
import { nameMap, useCategories, useRootCauses } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { DiagnoseRow, type QueueItem } from './DiagnoseRow';
import { useDiagnoseInline } from './useDiagnoseInline';
import { useDiagnoseQueue } from './useDiagnoseQueue';

export function DiagnoseQueuePage() {
  const t = useT();
  const labels = useLabels();
  const queue = useDiagnoseQueue();
  const fmt = useFormat();
  const categories = nameMap(useCategories().data);
  const causes = nameMap(useRootCauses().data);
  const inline = useDiagnoseInline();
  const inputs = useRef(new Map<number, HTMLInputElement>());

  const items = (queue.data?.items ?? []).filter((r) => !inline.gone.has(r.id));
  const total = Math.max(0, (queue.data?.total ?? 0) - (queue.data?.items ?? []).filter((r) => inline.gone.has(r.id)).length);

  const onDiagnose = (item: QueueItem, rootCauseId: number) => {
    const at = items.findIndex((r) => r.id === item.id);
    const next = items[at + 1] ?? items[at - 1];
    flushSync(() => void inline.diagnose(item, rootCauseId, causes.get(rootCauseId) ?? t('diagnose.chosenCause')));
    if (next) inputs.current.get(next.id)?.focus();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('shell.nav.diagnose')}</Title>
          <Text c="dimmed">{t('diagnose.intro')}</Text>
          <Text size="sm" c="teal" role="status" mih={20}>
            {inline.last}
          </Text>
        </div>
        {queue.data && (
          <Text fw={600} size="lg" aria-live="polite">
            {t('diagnose.count', { count: total, total: fmt.count(total) })}
          </Text>
        )}
      </Group>
      {queue.isError && <Alert color="red">{errorMessage(queue.error)}</Alert>}
      {queue.isPending && (
        <Center h={200}>
          <Loader aria-label={t('diagnose.loading')} />
        </Center>
      )}
      {queue.data && items.length === 0 && (
        <Text c="dimmed">
          {t('diagnose.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('diagnose.table.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('diagnose.column.ref')}</Table.Th>
              <Table.Th w={160}>{t('diagnose.column.happened')}</Table.Th>
              <Table.Th w={120}>{t('diagnose.column.category')}</Table.Th>
              <Table.Th>{t('diagnose.column.whatHappened')}</Table.Th>
              <Table.Th w={100}>{t('diagnose.column.teamLead')}</Table.Th>
              <Table.Th w={300}>{t('diagnose.column.rootCause')}</Table.Th>
              <Table.Th w={150}>
                <VisuallyHidden>{labels.step('diagnosed')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <DiagnoseRow
                key={r.id}
                item={r}
                category={r.categoryId === null ? '—' : (categories.get(r.categoryId) ?? '—')}
                inputRef={(el) => {
                  if (el) inputs.current.set(r.id, el);
                  else inputs.current.delete(r.id);
                }}
                onDiagnose={onDiagnose}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {queue.data && items.length < total && (
        <Text size="sm" c="dimmed">
          {t('diagnose.showing', { shown: fmt.count(items.length), total: fmt.count(total) })}
        </Text>
      )}
    </Stack>
  );
}
