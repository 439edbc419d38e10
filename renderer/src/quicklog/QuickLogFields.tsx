import { Fieldset, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useCategories, useStaff } from '../api/lookups';
import { channelOptions, listOptions, severityOptions, teamLeadOptions } from '../lib/options';
import type { QuickLogValues } from './values';

export function QuickLogFields({ form }: { form: UseFormReturnType<QuickLogValues> }) {
  const { data: categories } = useCategories();
  const { data: staff } = useStaff();
  return (
    <>
      <Textarea
        data-autofocus
        label="What happened"
        description="In the customer’s words"
        withAsterisk
        autosize
        minRows={3}
        maxRows={6}
        {...form.getInputProps('whatHappened')}
      />
      <SimpleGrid cols={3} mt="sm" spacing="sm" verticalSpacing="xs">
        <TextInput type="datetime-local" label="Occurred at" {...form.getInputProps('occurredAt')} />
        <NativeSelect label="Channel" data={channelOptions} {...form.getInputProps('channel')} />
        <NativeSelect label="Severity" data={severityOptions} {...form.getInputProps('severity')} />
        <NativeSelect label="Category" data={listOptions(categories, null, 'Not chosen')} {...form.getInputProps('categoryId')} />
        <NativeSelect label="Handled by" data={listOptions(staff, null, 'Not recorded')} {...form.getInputProps('handledById')} />
        <NativeSelect label="Team lead present" data={teamLeadOptions} {...form.getInputProps('teamLeadPresent')} />
      </SimpleGrid>
      <Fieldset legend="Customer (optional — leave empty for an anonymous walk-in)" mt="sm" p="sm">
        <SimpleGrid cols={3} spacing="sm">
          <TextInput label="Customer name" autoComplete="off" {...form.getInputProps('customerName')} />
          <TextInput label="Customer phone" type="tel" autoComplete="off" {...form.getInputProps('customerPhone')} />
          <TextInput label="Customer email" type="email" autoComplete="off" {...form.getInputProps('customerEmail')} />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
