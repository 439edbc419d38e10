// The compensation form's inputs, in the order Tab walks them at the counter.
import { Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COMPENSATION_KINDS } from '../../../shared/domain';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import type { CompensationValues } from './values';

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
  const t = useT();
  const labels = useLabels();
  const { data: staff } = useStaff();
  const kindOptions = COMPENSATION_KINDS.map((k) => ({ value: k, label: labels.kind(k) }));
  const symbol = currencySymbol(locale, currency);
  return (
    <>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect label={t('compensation.field.kind')} description={t('compensation.field.kindHint')} data={kindOptions} {...form.getInputProps('kind')} />
        <TextInput
          label={t('compensation.field.cost')}
          description={t('compensation.field.costHint', { currency })}
          inputMode="decimal"
          autoComplete="off"
          leftSection={symbol}
          leftSectionWidth={Math.max(36, symbol.length * 12)}
          withAsterisk
          {...form.getInputProps('cost')}
        />
        <NativeSelect
          label={t('compensation.field.givenBy')}
          description={t('compensation.field.givenByHint')}
          withAsterisk
          data={listOptions(staff, storedGiver, t('compensation.field.chooseGiver'))}
          {...form.getInputProps('givenById')}
        />
      </SimpleGrid>
      <Group align="flex-start" grow mt="xs" wrap="nowrap">
        <TextInput
          label={t('compensation.field.description')}
          placeholder={t('compensation.field.descriptionExample')}
          autoComplete="off"
          {...form.getInputProps('description')}
        />
        <TextInput label={t('compensation.field.givenAt')} type="datetime-local" maw={240} {...form.getInputProps('givenAt')} />
      </Group>
    </>
  );
}
