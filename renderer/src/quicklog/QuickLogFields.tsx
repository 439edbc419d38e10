// The quick log's fields in the order the counter decides them: what, how bad, what part, the customer, who
// served them; the rarely changed ones (when, how, team lead) come last.
import { Fieldset, Grid, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useCategories, useStaff } from '../api/lookups';
import { listOptions, useOptions } from '../lib/options';
import { useT } from '../lib/useT';
import { WHAT_HAPPENED_ID } from './earlyKeys';
import { OccurredAtField } from './OccurredAtField';
import { PickList } from './PickList';
import { SeverityField } from './SeverityField';
import type { QuickLogValues } from './values';

interface Props {
  form: UseFormReturnType<QuickLogValues>;
  /** The "Occurred at" value that reads "Now". */
  now: string;
  onNow: () => void;
}

export function QuickLogFields({ form, now, onNow }: Props) {
  const t = useT();
  const options = useOptions();
  const { data: categories } = useCategories();
  const { data: staff } = useStaff();
  const input = (field: keyof QuickLogValues) => form.getInputProps(field);
  const onValue = (field: keyof QuickLogValues) => (v: string) => form.setFieldValue(field, v);
  return (
    <>
      <Textarea
        id={WHAT_HAPPENED_ID}
        data-autofocus
        label={t('incident.field.whatHappened')}
        description={t('incident.field.whatHappened.hint')}
        withAsterisk
        autosize
        minRows={3}
        maxRows={6}
        {...input('whatHappened')}
      />
      <Grid mt="xs" gap="sm">
        <Grid.Col span={7}>
          <SeverityField value={form.values.severity} onChange={onValue('severity')} error={form.errors.severity} />
        </Grid.Col>
        <Grid.Col span={5}>
          <PickList
            label={t('incident.field.category')}
            options={listOptions(categories, null, t('incident.category.none'))}
            value={form.values.categoryId}
            onChange={onValue('categoryId')}
            error={form.errors.categoryId}
          />
        </Grid.Col>
      </Grid>
      <Grid mt="xs" gap="sm" align="flex-end">
        <Grid.Col span={9}>
          <Fieldset legend={t('quicklog.customer')} p="sm" pt={4}>
            <SimpleGrid cols={3} spacing="sm">
              <TextInput label={t('incident.field.customerName')} autoComplete="off" {...input('customerName')} />
              <TextInput label={t('incident.field.customerPhone')} type="tel" autoComplete="off" {...input('customerPhone')} />
              <TextInput label={t('incident.field.customerEmail')} type="email" autoComplete="off" {...input('customerEmail')} />
            </SimpleGrid>
          </Fieldset>
        </Grid.Col>
        <Grid.Col span={3} pb="sm">
          <PickList
            label={t('incident.field.handledBy')}
            options={listOptions(staff, null, t('incident.handledBy.none'))}
            value={form.values.handledById}
            onChange={onValue('handledById')}
            error={form.errors.handledById}
          />
        </Grid.Col>
      </Grid>
      <SimpleGrid cols={3} mt="xs" spacing="sm">
        <OccurredAtField value={form.values.occurredAt} now={now} onChange={onValue('occurredAt')} onNow={onNow} error={form.errors.occurredAt} />
        <NativeSelect label={t('incident.field.channel')} data={options.channel} {...input('channel')} />
        <NativeSelect label={t('incident.field.teamLeadPresent')} data={options.teamLead} {...input('teamLeadPresent')} />
      </SimpleGrid>
    </>
  );
}
