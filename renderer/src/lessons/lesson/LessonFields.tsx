// Every field of a lesson, each saved as it is left.
import { Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { LessonStatus } from '../../../../shared/domain';
import type { LessonSummary } from '../../../../shared/schemas/lesson';
import { useStaff } from '../../api/lookups';
import { Card } from '../../incident/Card';
import { EditableText } from '../../incident/EditableText';
import { listOptions } from '../../lib/options';
import { useFormat } from '../../lib/useFormat';
import { RootCausePicker } from '../../rootcause/RootCausePicker';
import { dueDay, lessonStatusOptions } from '../lessonOptions';
import type { LessonEditor } from './useLessonEditor';

export function LessonFields({ lesson: l, editor }: { lesson: LessonSummary; editor: LessonEditor }) {
  const { data: staff } = useStaff();
  const fmt = useFormat();
  const { save, errors } = editor;
  return (
    <Card title="The lesson" id="card-lesson">
      <Stack gap="sm">
        <EditableText label="Title" value={l.title} error={errors.title} onCommit={(v) => save({ title: v })} />
        <EditableText multiline label="What we learned" value={l.whatWeLearned} error={errors.whatWeLearned} onCommit={(v) => save({ whatWeLearned: v })} />
        <EditableText
          multiline
          label="The change we made"
          description="To the process, a tool or a policy"
          value={l.change}
          error={errors.change}
          onCommit={(v) => save({ change: v })}
        />
        <RootCausePicker value={l.rootCauseId} error={errors.rootCauseId} onChange={(id) => void save({ rootCauseId: id })} />
        <SimpleGrid cols={2} spacing="sm">
          <NativeSelect
            label="Owner"
            data={listOptions(staff, l.ownerId, 'No owner yet')}
            value={l.ownerId === null ? '' : String(l.ownerId)}
            error={errors.ownerId}
            onChange={(e) => void save({ ownerId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          />
          <EditableText type="date" label="Due date" value={l.dueAt ?? ''} error={errors.dueAt} onCommit={(v) => save({ dueAt: v || null })} />
        </SimpleGrid>
        <Input.Wrapper label="Status" id="lesson-status-label" size="md">
          <div>
            <SegmentedControl
              size="md"
              aria-labelledby="lesson-status-label"
              value={l.status}
              data={lessonStatusOptions}
              onChange={(v) => void save({ status: v as LessonStatus })}
            />
          </div>
        </Input.Wrapper>
        {l.status === 'done' && l.doneAt && (
          <Text fw={600} c="teal">
            Done on {fmt.date(l.doneAt)}
          </Text>
        )}
        {l.overdue && (
          <Text fw={600} c="red">
            Overdue: it was due {l.dueAt && fmt.date(dueDay(l.dueAt))}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
