// Step 5: the order of a date's parts. Asked only when every date in the file could be read two
// ways; when the file settles it, said quietly, with a way to change it anyway.
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DATE_ORDER_LABELS, DATE_ORDERS, type DateOrder, type ImportResult } from '../../../shared/schemas/data';

const READ = { dmy: 'day first', mdy: 'month first', ymd: 'year first' } as const satisfies Record<DateOrder, string>;

interface Props {
  dateOrder: ImportResult['dateOrder'];
  chosen: DateOrder | undefined;
  onChange: (order: DateOrder) => void;
}

export function DateOrderField({ dateOrder, chosen, onChange }: Props) {
  const [changing, setChanging] = useState(false);
  if (dateOrder.how === 'none') return null;
  const choices = dateOrder.choices.length > 0 ? dateOrder.choices : [...DATE_ORDERS];
  const undecided = dateOrder.how === 'undecided';
  const group = (
    <Radio.Group
      label="Dates in this file"
      description={undecided ? 'Every date in this file could be read two ways; which is it?' : undefined}
      withAsterisk={undecided}
      value={chosen ?? (undecided ? null : dateOrder.used)}
      onChange={(v) => onChange(v as DateOrder)}
    >
      <Stack gap="xs" mt="xs">
        {choices.map((o) => (
          <Radio key={o} value={o} label={DATE_ORDER_LABELS[o]} />
        ))}
      </Stack>
    </Radio.Group>
  );
  if (dateOrder.how !== 'file') return group;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          Dates read {dateOrder.used ? READ[dateOrder.used] : 'as written'} (settled by the file)
        </Text>
        <Button variant="subtle" size="sm" aria-expanded={changing} onClick={() => setChanging((c) => !c)}>
          {changing ? 'Done' : 'Change'}
        </Button>
      </Group>
      {changing && group}
    </Stack>
  );
}
