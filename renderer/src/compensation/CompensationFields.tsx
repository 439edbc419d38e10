// The compensation form's inputs, in the order Tab walks them at the counter.
import { Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMPENSATION_KIND_LABELS, COMPENSATION_KINDS } from '../../../shared/domain';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import type { CompensationValues } from './values';

const kindOptions = COMPENSATION_KINDS.map((k) => ({ value: k, label: COMPENSATION_KIND_LABELS[k] }));

const currencySymbol = (locale: string, currency: string) => {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
};

interface Props {
  form: UseFormReturnType<CompensationValues>;
  locale: string;
  currency: string;
  /** The giver currently stored, so a retired colleague still shows on an old entry. */
  storedGiver: number | null;
}

export function CompensationFields({ form, locale, currency, storedGiver }: Props) {
  const { data: staff } = useStaff();
  const symbol = currencySymbol(locale, currency);
  return (
    <>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect label="Kind" description="What was given" data={kindOptions} {...form.getInputProps('kind')} />
        <TextInput
          label="Cost"
          description={`What it cost the shop, in ${currency}`}
          inputMode="decimal"
          autoComplete="off"
          leftSection={symbol}
          leftSectionWidth={Math.max(36, symbol.length * 12)}
          withAsterisk
          {...form.getInputProps('cost')}
        />
        <NativeSelect
          label="Given by"
          description="Who gave it"
          withAsterisk
          data={listOptions(staff, storedGiver, 'Choose who gave it')}
          {...form.getInputProps('givenById')}
        />
      </SimpleGrid>
      <Group align="flex-start" grow mt="xs" wrap="nowrap">
        <TextInput label="Description" placeholder="e.g. refunded the cold flat white" autoComplete="off" {...form.getInputProps('description')} />
        <TextInput label="Given at" type="datetime-local" maw={240} {...form.getInputProps('givenAt')} />
      </Group>
    </>
  );
}
