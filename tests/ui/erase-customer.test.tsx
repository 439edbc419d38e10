// The erase dialog at the connection seam: its preview says what the dry run found, and the
// erase says when another program kept an old copy of the file.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import type { CustomerEraseResult } from '../../shared/schemas/customer';
import { EraseCustomerModal } from '../../renderer/src/incident/EraseCustomerModal';

const calls: { channel: string; request: unknown }[] = [];
const found: CustomerEraseResult = {
  erased: false,
  incidents: [{ id: 1, ref: 'MG-1' }, { id: 2, ref: 'MG-2' }],
  mentionedIn: [{ id: 5, ref: 'MG-5' }, { id: 6, ref: 'MG-6' }],
  customers: 3,
  customerNotes: 1,
  lessons: 1,
  drafts: 0,
  cleared: false,
};

beforeEach(() => {
  calls.length = 0;
  const invoke = vi.fn(async (channel: string, request: { dryRun?: boolean }) => {
    calls.push({ channel, request });
    if (channel === 'customers.erase') return { ok: true, value: request.dryRun ? found : { ...found, erased: true, cleared: false } };
    return { ok: true, value: null };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
});

it('names what the dry run found, erases on confirm, and says when an old copy stays in the file', async () => {
  const onClose = vi.fn();
  render(
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <Notifications />
          <EraseCustomerModal customer={{ id: 1, name: 'Dana Whitfield', phone: '', email: '', note: '' }} opened onClose={onClose} />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Erase Dana Whitfield?' });
  await waitFor(() => expect(dialog).toHaveTextContent('removed from 2 incidents, MG-1, MG-2, which share their phone number or email (3 customer records)'));
  expect(dialog).toHaveTextContent('They become “[erased]” too where they are written in 2 other incidents (MG-5, MG-6), 1 lesson and 1 other customer’s note.');
  expect(calls).toEqual([{ channel: 'customers.erase', request: { customerId: 1, dryRun: true } }]);

  await userEvent.click(screen.getByRole('button', { name: 'Erase for good' }));
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  // The erase itself (what follows it may be the preview read afresh, as after every write).
  expect(calls.slice(1)).toContainEqual({ channel: 'customers.erase', request: { customerId: 1 } });
  expect(await screen.findByText('Customer erased from 2 incidents, and from 4 other places that named them.')).toBeInTheDocument();
  expect(screen.getByText('An old copy is still in the data file')).toBeInTheDocument();
});
