import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import type { Channel } from '../../../shared/domain';
import { useCategories, useStaff } from '../api/lookups';
import { fromLocalInput, toLocalInput } from '../lib/dates';
import { channelOptions, listOptions, severityOptions, teamLeadOptions } from '../lib/options';
import { Card } from './Card';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

const idOrNull = (s: string) => (s === '' ? null : Number(s));
const teamLead = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');

export function DetailsCard({ incident: i, editor }: CardProps) {
  const { data: categories } = useCategories();
  const { data: staff } = useStaff();
  const { save, errors } = editor;
  return (
    <Card title="What happened" id="card-details">
      <Stack gap="sm">
        <EditableText
          label="What happened"
          description="In the customer’s words"
          multiline
          minRows={3}
          value={i.whatHappened}
          error={errors.whatHappened}
          onCommit={(v) => save({ whatHappened: v })}
        />
        <SimpleGrid cols={2} spacing="sm">
          <EditableText
            label="Occurred at"
            type="datetime-local"
            value={toLocalInput(i.occurredAt)}
            error={errors.occurredAt}
            onCommit={(v) => {
              const at = fromLocalInput(v);
              return at ? save({ occurredAt: at }) : undefined;
            }}
          />
          <NativeSelect label="Channel" data={channelOptions} value={i.channel} error={errors.channel} onChange={(e) => void save({ channel: e.currentTarget.value as Channel })} />
          <NativeSelect
            label="Severity"
            data={severityOptions}
            value={String(i.severity)}
            error={errors.severity}
            onChange={(e) => void save({ severity: Number(e.currentTarget.value) as 1 | 2 | 3 | 4 })}
          />
          <NativeSelect
            label="Category"
            data={listOptions(categories, i.categoryId, 'Not chosen')}
            value={i.categoryId === null ? '' : String(i.categoryId)}
            error={errors.categoryId}
            onChange={(e) => void save({ categoryId: idOrNull(e.currentTarget.value) })}
          />
          <NativeSelect
            label="Handled by"
            data={listOptions(staff, i.handledById, 'Not recorded')}
            value={i.handledById === null ? '' : String(i.handledById)}
            error={errors.handledById}
            onChange={(e) => void save({ handledById: idOrNull(e.currentTarget.value) })}
          />
          <NativeSelect
            label="Team lead present"
            data={teamLeadOptions}
            value={teamLead(i.teamLeadPresent)}
            error={errors.teamLeadPresent}
            onChange={(e) => {
              const v = e.currentTarget.value;
              void save({ teamLeadPresent: v === '' ? null : v === 'yes' });
            }}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
