// One person's month against their allowance, beside the allowance field: "$40.00 of $500.00 this month".
import { Stack, Text } from '@mantine/core';
import { useCall } from '../api/useCall';
import { monthOf } from '../lib/months';
import { SpendBar } from '../lib/SpendBar';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** The current month's tracker, shared by every row (one request for the whole table). */
export function useThisMonth() {
  const month = monthOf();
  return useCall('compensations.month', { month });
}

/** Not counted yet. */
const NONE = '—';

interface Props {
  name: string;
  allowance: number;
  spent: number | undefined;
}

export function StaffMonthGlance({ name, allowance, spent }: Props) {
  const t = useT();
  const fmt = useFormat();
  if (spent === undefined) return <Text c="dimmed">{NONE}</Text>;
  const words =
    allowance === 0
      ? t('settings.staff.month.noLimit', { spent: fmt.money(spent) })
      : t('settings.staff.month.of', { spent: fmt.money(spent), allowance: fmt.money(allowance) });
  const over = allowance > 0 && spent > allowance;
  return (
    <Stack gap={4} w={230}>
      <Text size="sm" c={over ? 'red' : undefined} fw={over ? 700 : undefined}>
        {words}
      </Text>
      <SpendBar spent={spent} limit={allowance} label={t('settings.staff.month.label', { name })} valueText={words} size="sm" color={allowance === 0 ? 'gray' : undefined} />
    </Stack>
  );
}
