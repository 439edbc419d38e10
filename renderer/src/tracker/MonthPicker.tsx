// Previous / month / next: buttons for a step, the native month field to jump.
import { ActionIcon, Group, TextInput } from '@mantine/core';
import { monthOf, shiftMonth } from '../lib/months';
import { useT } from '../lib/useT';

const PREVIOUS = '◀';
const NEXT = '▶';

export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const t = useT();
  const atThisMonth = month >= monthOf();
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('tracker.month.group')}>
      <ActionIcon size={42} variant="default" aria-label={t('tracker.month.previous')} onClick={() => onChange(shiftMonth(month, -1))}>
        <span aria-hidden>{PREVIOUS}</span>
      </ActionIcon>
      <TextInput
        type="month"
        aria-label={t('tracker.month.month')}
        value={month}
        max={monthOf()}
        onChange={(e) => onChange(e.currentTarget.value)}
        w={200}
      />
      <ActionIcon size={42} variant="default" aria-label={t('tracker.month.next')} disabled={atThisMonth} onClick={() => onChange(shiftMonth(month, 1))}>
        <span aria-hidden>{NEXT}</span>
      </ActionIcon>
    </Group>
  );
}
