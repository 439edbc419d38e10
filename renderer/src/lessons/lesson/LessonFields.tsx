// Every field of a lesson, each saved as it is left.
import { Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { LessonStatus } from '../../../../shared/domain';
import type { LessonSummary } from '../../../../shared/schemas/lesson';
import { useStaff } from '../../api/lookups';
import { Card } from '../../incident/Card';
import { EditableText } from '../../incident/EditableText';
import { listOptions } from '../../lib/options';
import { useFormat } from '../../lib/useFormat';
import { useLabels } from '../../lib/useLabels';
import { useT } from '../../lib/useT';
import { RootCausePicker } from '../../rootcause/RootCausePicker';
import { dueDay, lessonStatusOptions } from '../lessonOptions';
import type { LessonEditor } from './useLessonEditor';

export function LessonFields({ lesson: l, editor }: { lesson: LessonSummary; editor: LessonEditor }) {
  const { data: staff } = useStaff();
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  const { save, errors } = editor;
  return (
    <Card title={t('lessons.fields.title')} id="card-lesson">
      <Stack gap="sm">
        <EditableText label={t('lessons.field.title')} value={l.title} error={errors.title} onCommit={(v) => save({ title: v })} />
        <EditableText multiline label={t('lessons.field.whatWeLearned')} value={l.whatWeLearned} error={errors.whatWeLearned} onCommit={(v) => save({ whatWeLearned: v })} />
        <EditableText
          multiline
          label={t('lessons.field.change')}
          description={t('lessons.field.changeHint')}
          value={l.change}
          error={errors.change}
          onCommit={(v) => save({ change: v })}
        />
        <RootCausePicker value={l.rootCauseId} error={errors.rootCauseId} onChange={(id) => void save({ rootCauseId: id })} />
        <SimpleGrid cols={2} spacing="sm">
          <NativeSelect
            label={t('lessons.field.owner')}
            data={listOptions(staff, l.ownerId, t('lessons.field.noOwner'))}
            value={l.ownerId === null ? '' : String(l.ownerId)}
            error={errors.ownerId}
            onChange={(e) => void save({ ownerId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          />
          <EditableText type="date" label={t('lessons.field.dueDate')} value={l.dueAt ?? ''} error={errors.dueAt} onCommit={(v) => save({ dueAt: v || null })} />
        </SimpleGrid>
        <Input.Wrapper label={t('lessons.field.status')} id="lesson-status-label" size="md">
          <div>
            <SegmentedControl
              size="md"
              aria-labelledby="lesson-status-label"
              value={l.status}
              data={lessonStatusOptions(labels)}
              onChange={(v) => void save({ status: v as LessonStatus })}
            />
          </div>
        </Input.Wrapper>
        {l.status === 'done' && l.doneAt && (
          <Text fw={600} c="teal">
            {t('lessons.fields.doneOn', { date: fmt.date(l.doneAt) })}
          </Text>
        )}
        {l.overdue && (
          <Text fw={600} c="red">
            {t('lessons.fields.overdue', { date: l.dueAt ? fmt.date(dueDay(l.dueAt)) : '' })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
