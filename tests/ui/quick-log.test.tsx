// The quick log at the connection seam: a stand-in `window.makegood.invoke` records what the form sends.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { QuickLogForm } from '../../renderer/src/quicklog/QuickLogForm';

const calls: { channel: string; request: unknown }[] = [];

const detail = {
  incident: { id: 7, ref: 'MG-7' },
  events: [],
};

beforeEach(() => {
  calls.length = 0;
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (channel === 'drafts.get') return { ok: true, value: { value: null, updatedAt: null } };
    if (channel === 'incidents.create') return { ok: true, value: detail };
    if (channel.endsWith('.list')) return { ok: true, value: [] };
    return { ok: true, value: null };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup(); // Vitest runs without globals, so Testing Library cannot clean up by itself.
  delete window.makegood;
});

function renderForm(onDone = vi.fn()) {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <Notifications />
        <QuickLogForm onDone={onDone} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onDone;
}

it('asks for what happened before saving anything', async () => {
  renderForm();
  await userEvent.click(screen.getByRole('button', { name: 'Save incident' }));
  expect(await screen.findByText(/Say what happened/)).toBeInTheDocument();
  expect(calls.some((c) => c.channel === 'incidents.create')).toBe(false);
});

it('Enter saves a new line with Shift, the incident without it, anonymously when no customer is given', async () => {
  const onDone = renderForm();
  const what = screen.getByLabelText(/What happened/);
  await userEvent.type(what, 'Cold soup{Shift>}{Enter}{/Shift}again{Enter}');
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  const create = calls.find((c) => c.channel === 'incidents.create');
  expect(create?.request).toMatchObject({ whatHappened: 'Cold soup\nagain', channel: 'in_person', severity: 1, customer: null });
  expect(calls.some((c) => c.channel === 'drafts.clear')).toBe(true);
});
