import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import type { Channel } from '../../../shared/domain';
import { useCategories, useStaff } from '../api/lookups';
import { fromLocalInput, toLocalInput } from '../lib/dates';
import { listOptions, useOptions } from '../lib/options';
import { useT } from '../lib/useT';
import { Card } from './Card';
import { EditableText } from './EditableText';
import type { CardProps } from './types';

const idOrNull = (s: string) => (s === '' ? null : Number(s));
const teamLead = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');

export function DetailsCard({ incident: i, editor }: CardProps) {
  const t = useT();
  const options = useOptions();
  const { data: categories } = useCategories();
  const { data: staff } = useStaff();
  const { save, errors } = editor;
  return (
    <Card title={t('incident.field.whatHappened')} id="card-details">
      <Stack gap="sm">
        <EditableText
          label={t('incident.field.whatHappened')}
          description={t('incident.field.whatHappened.hint')}
          multiline
          minRows={3}
          value={i.whatHappened}
          error={errors.whatHappened}
          onCommit={(v) => save({ whatHappened: v })}
        />
        <SimpleGrid cols={2} spacing="sm">
          <EditableText
            label={t('incident.field.occurredAt')}
            type="datetime-local"
            value={toLocalInput(i.occurredAt)}
            error={errors.occurredAt}
            onCommit={(v) => {
              const at = fromLocalInput(v);
              return at ? save({ occurredAt: at }) : undefined;
            }}
          />
          <NativeSelect label={t('incident.field.channel')} data={options.channel} value={i.channel} error={errors.channel} onChange={(e) => void save({ channel: e.currentTarget.value as Channel })} />
          <NativeSelect
            label={t('incident.field.severity')}
            data={options.severity}
            value={String(i.severity)}
            error={errors.severity}
            onChange={(e) => void save({ severity: Number(e.currentTarget.value) as 1 | 2 | 3 | 4 })}
          />
          <NativeSelect
            label={t('incident.field.category')}
            data={listOptions(categories, i.categoryId, t('incident.category.none'))}
            value={i.categoryId === null ? '' : String(i.categoryId)}
            error={errors.categoryId}
            onChange={(e) => void save({ categoryId: idOrNull(e.currentTarget.value) })}
          />
          <NativeSelect
            label={t('incident.field.handledBy')}
            data={listOptions(staff, i.handledById, t('incident.handledBy.none'))}
            value={i.handledById === null ? '' : String(i.handledById)}
            error={errors.handledById}
            onChange={(e) => void save({ handledById: idOrNull(e.currentTarget.value) })}
          />
          <NativeSelect
            label={t('incident.field.teamLeadPresent')}
            data={options.teamLead}
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
