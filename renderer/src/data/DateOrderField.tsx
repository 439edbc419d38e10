// Step 5: the order of a date's parts. Asked only when every date in the file could be read two
// ways; when the file settles it, said quietly, with a way to change it anyway.
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MessageId } from '../../../shared/i18n/catalog';
import { DATE_ORDERS, type DateOrder, type ImportResult } from '../../../shared/schemas/data';
import { useT } from '../lib/useT';

/** Each order as a choice (shared/schemas/data.ts keeps the English for the command line). */
const ORDER: Record<DateOrder, MessageId> = { dmy: 'data.dates.order.dmy', mdy: 'data.dates.order.mdy', ymd: 'data.dates.order.ymd' };
/** What the file settled, said quietly. */
const SETTLED: Record<DateOrder, MessageId> = { dmy: 'data.dates.settled.dmy', mdy: 'data.dates.settled.mdy', ymd: 'data.dates.settled.ymd' };

interface Props {
  dateOrder: ImportResult['dateOrder'];
  chosen: DateOrder | undefined;
  onChange: (order: DateOrder) => void;
}

export function DateOrderField({ dateOrder, chosen, onChange }: Props) {
  const t = useT();
  const [changing, setChanging] = useState(false);
  if (dateOrder.how === 'none') return null;
  const choices = dateOrder.choices.length > 0 ? dateOrder.choices : [...DATE_ORDERS];
  const undecided = dateOrder.how === 'undecided';
  const group = (
    <Radio.Group
      label={t('data.dates.label')}
      description={undecided ? t('data.dates.undecided') : undefined}
      withAsterisk={undecided}
      value={chosen ?? (undecided ? null : dateOrder.used)}
      onChange={(v) => onChange(v as DateOrder)}
    >
      <Stack gap="xs" mt="xs">
        {choices.map((o) => (
          <Radio key={o} value={o} label={t(ORDER[o])} />
        ))}
      </Stack>
    </Radio.Group>
  );
  if (dateOrder.how !== 'file') return group;
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Text size="sm" c="dimmed">
          {t(dateOrder.used ? SETTLED[dateOrder.used] : 'data.dates.settled.asWritten')}
        </Text>
        <Button variant="subtle" size="sm" aria-expanded={changing} onClick={() => setChanging((c) => !c)}>
          {t(changing ? 'data.dates.done' : 'data.dates.change')}
        </Button>
      </Group>
      {changing && group}
    </Stack>
  );
}
