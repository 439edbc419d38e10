// Previous / month / next: buttons for a step, the native month field to jump.
import { ActionIcon, Group, TextInput } from '@mantine/core';
import { monthOf, shiftMonth } from '../lib/months';

export function MonthPicker({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const atThisMonth = month >= monthOf();
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label="Choose the month">
      <ActionIcon size={42} variant="default" aria-label="Previous month" onClick={() => onChange(shiftMonth(month, -1))}>
        <span aria-hidden>◀</span>
      </ActionIcon>
      <TextInput
        type="month"
        aria-label="Month"
        value={month}
        max={monthOf()}
        onChange={(e) => onChange(e.currentTarget.value)}
        w={200}
      />
      <ActionIcon size={42} variant="default" aria-label="Next month" disabled={atThisMonth} onClick={() => onChange(shiftMonth(month, 1))}>
        <span aria-hidden>▶</span>
      </ActionIcon>
    </Group>
  );
}
