// The compensation form's approval note, as the person at the counter reads it when the giver is already over.
import { MantineProvider } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { format } from 'date-fns';
import { useRef } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { ApprovalField } from '../../renderer/src/compensation/ApprovalField';
import { blankValues, type CompensationValues } from '../../renderer/src/compensation/values';
import { InEnglish } from '../support/intl';

beforeEach(() => {
  const invoke = vi.fn(async (channel: string) => {
    if (channel === 'staff.list') return { ok: true, value: [] };
    if (channel === 'settings.get') return { ok: false, code: 'NOT_FOUND', message: 'not here' };
    return { ok: true, value: null };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
});

function Harness() {
  const form = useForm<CompensationValues>({ initialValues: blankValues(1) });
  const selectRef = useRef<HTMLSelectElement>(null);
  const month = format(new Date(), 'yyyy-MM');
  const check = { staffId: 1, staffName: 'Lea', month, allowance: 6000, spent: 11500, remaining: -5500, cost: 2000, needsApproval: true };
  return <ApprovalField form={form} check={check} show selectRef={selectRef} />;
}

it('reads "over by $55.00" when the giver is $55 past a $60 allowance', async () => {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <InEnglish>
          <Harness />
        </InEnglish>
      </QueryClientProvider>
    </MantineProvider>,
  );
  const note = await screen.findByRole('status');
  expect(note).toHaveTextContent('Lea is over by $55.00 on a $60.00 allowance this month; this entry is $20.00.');
  expect(note).not.toHaveTextContent('left');
});
