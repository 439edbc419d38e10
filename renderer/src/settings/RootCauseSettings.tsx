import { Button, Group, NativeSelect, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { CAUSE_GROUPS, type CauseGroup } from '../../../shared/domain';
import type { RootCause } from '../../../shared/schemas/settings';
import { useCall } from '../api/useCall';
import { useRootCauses } from '../api/lookups';
import { LessonFormModal, type LessonPrefill } from '../lessons/LessonFormModal';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { MergeCauseModal } from './MergeCauseModal';
import { RootCauseRow } from './RootCauseRow';
import { useSave } from './useSave';

export function RootCauseSettings() {
  const t = useT();
  const labels = useLabels();
  const { data: causes } = useRootCauses();
  const usage = useCall('rootCauses.usage', {});
  const byCause = new Map((usage.data ?? []).map((u) => [u.rootCauseId, u]));
  const save = useSave();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<CauseGroup>('Process');
  const [merging, setMerging] = useState<RootCause | null>(null);
  const [lesson, setLesson] = useState<LessonPrefill | null>(null);
  return (
    <Stack maw={1200}>
      <Table verticalSpacing="xs" aria-label={t('settings.tab.causes')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.causes.cause')}</Table.Th>
            <Table.Th w={200}>{t('settings.causes.group')}</Table.Th>
            <Table.Th w={170}>{t('settings.causes.usedBy')}</Table.Th>
            <Table.Th w={400}>{t('settings.causes.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(causes ?? []).map((c) => (
            <RootCauseRow
              key={c.id}
              cause={c}
              usage={byCause.get(c.id)}
              save={save}
              onMerge={() => setMerging(c)}
              onWriteLesson={() => setLesson({ rootCauseId: c.id })}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="add-cause"
        onSubmit={(e) => {
          e.preventDefault();
          void save('rootCauses.create', { name, group }).then((c) => c && setName(''));
        }}
      >
        <Title order={2} size="h4" id="add-cause" mb="sm">
          {t('settings.causes.addTitle')}
        </Title>
        <Group align="flex-end">
          <TextInput label={t('settings.causes.new')} value={name} onChange={(e) => setName(e.currentTarget.value)} style={{ flex: 1 }} />
          <NativeSelect label={t('settings.causes.group')} data={CAUSE_GROUPS.map((g) => ({ value: g, label: labels.causeGroup(g) }))} value={group} onChange={(e) => setGroup(e.currentTarget.value as CauseGroup)} />
          <Button type="submit">{t('settings.causes.add')}</Button>
        </Group>
      </Paper>
      <MergeCauseModal from={merging} causes={causes ?? []} usage={byCause} onClose={() => setMerging(null)} />
      <LessonFormModal prefill={lesson} onClose={() => setLesson(null)} />
    </Stack>
  );
}
