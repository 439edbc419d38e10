// The month's transaction count, entered by the owner, so the figures can give incidents per 1,000.
import { Button, Group, NumberInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { monthName } from '../lib/months';
import { notifyDone } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

export function TransactionsField({ month }: { month: string }) {
  const t = useT();
  const query = useCall('figures.transactions', { month });
  if (!query.data) return <NumberInput label={t('reports.transactions.label')} disabled w={260} value="" />;
  // Keyed by what was loaded, so a new month (or a saved count) starts the field afresh.
  return <TransactionsInput key={`${month}:${query.data.count}`} month={month} saved={query.data.count} />;
}

function TransactionsInput({ month, saved }: { month: string; saved: number | null }) {
  const t = useT();
  const fmt = useFormat();
  const write = useWrite();
  const [value, setValue] = useState<string | number>(saved ?? '');
  const save = useMutation({
    mutationFn: (count: number | null) => write('figures.setTransactions', { month, count }),
    onSuccess: () => {
      notifyDone(t('reports.transactions.saved', { month: monthName(month, fmt.locale) }));
    },
  });
  const count = value === '' ? null : Number(value);
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput
        label={t('reports.transactions.label')}
        description={t('reports.transactions.hint', { thousand: fmt.count(1000) })}
        value={value}
        onChange={setValue}
        min={1}
        max={10_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator
        w={260}
        error={save.isError ? errorMessage(save.error) : undefined}
      />
      <Button variant="default" disabled={count === saved || save.isPending} loading={save.isPending} onClick={() => save.mutate(count)}>
        {t('reports.transactions.save')}
      </Button>
    </Group>
  );
}
