// The month's transaction count, entered by the owner, so the figures can give incidents per 1,000.
import { Button, Group, NumberInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call, errorMessage } from '../api/call';
import { monthName } from '../lib/months';
import { notifyDone } from '../lib/notify';
import { useFormat } from '../lib/useFormat';

export const transactionsKey = (month: string) => ['figures', 'transactions', month] as const;

export function TransactionsField({ month }: { month: string }) {
  const query = useQuery({ queryKey: transactionsKey(month), queryFn: () => call('figures.transactions', { month }) });
  if (!query.data) return <NumberInput label="Transactions this month" disabled w={260} value="" />;
  // Keyed by what was loaded, so a new month (or a saved count) starts the field afresh.
  return <TransactionsInput key={`${month}:${query.data.count}`} month={month} saved={query.data.count} />;
}

function TransactionsInput({ month, saved }: { month: string; saved: number | null }) {
  const fmt = useFormat();
  const client = useQueryClient();
  const [value, setValue] = useState<string | number>(saved ?? '');
  const save = useMutation({
    mutationFn: (count: number | null) => call('figures.setTransactions', { month, count }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['figures'] });
      notifyDone(`Transactions for ${monthName(month, fmt.locale)} saved.`);
    },
  });
  const count = value === '' ? null : Number(value);
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput
        label="Transactions this month"
        description="Optional: gives incidents per 1,000 transactions"
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
        Save transactions
      </Button>
    </Group>
  );
}
