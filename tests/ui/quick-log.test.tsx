// The quick log at the connection seam: a stand-in `window.makegood.invoke` records what the form sends.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { QuickLogForm } from '../../renderer/src/quicklog/QuickLogForm';

const calls: { channel: string; request: unknown }[] = [];

const detail = {
  incident: { id: 7, ref: 'MG-7' },
  events: [],
};

const DB = '/shops/corner-cafe.sqlite';
const sam = { id: 5, name: 'Sam Ortiz', role: 'Barista', active: true, monthlyAllowance: 5000 };

beforeEach(() => {
  calls.length = 0;
  localStorage.clear();
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (channel === 'drafts.get') return { ok: true, value: { value: null, updatedAt: null } };
    if (channel === 'app.info') return { ok: true, value: { version: 'test', databasePath: DB, schemaVersion: 1 } };
    if (channel === 'staff.list') return { ok: true, value: [sam] };
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
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <Notifications />
          <QuickLogForm onDone={onDone} />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
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
  await waitFor(() => expect(onDone).toHaveBeenCalledWith({ id: 7, ref: 'MG-7' }));
  const create = calls.find((c) => c.channel === 'incidents.create');
  expect(create?.request).toMatchObject({ whatHappened: 'Cold soup\nagain', channel: 'in_person', severity: 1, customer: null, handledById: null });
  expect(calls.some((c) => c.channel === 'drafts.clear')).toBe(true);
});

it('severity is the next Tab stop and takes 1–4; who is at the counter handled it', async () => {
  localStorage.setItem(`makegood.atCounter:${DB}`, String(sam.id));
  const onDone = renderForm();
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Handled by' })).toHaveValue('Sam Ortiz'));
  await userEvent.type(screen.getByLabelText(/What happened/), 'Cold soup');
  await userEvent.tab();
  expect(screen.getByRole('radio', { name: 'Minor' })).toHaveFocus();
  await userEvent.keyboard('3');
  expect(screen.getByRole('radio', { name: 'Major' })).toBeChecked();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(calls.find((c) => c.channel === 'incidents.create')?.request).toMatchObject({ severity: 3, handledById: sam.id });
});

const draftWrites = () => calls.filter((c) => c.channel === 'drafts.save' || c.channel === 'drafts.clear');
const pause = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

it('an untouched form writes no draft and says nothing about one', async () => {
  localStorage.setItem(`makegood.atCounter:${DB}`, String(sam.id)); // a default filled in is not typing
  renderForm();
  await waitFor(() => expect(screen.getByRole('combobox', { name: 'Handled by' })).toHaveValue('Sam Ortiz'));
  await pause(500);
  expect(draftWrites()).toEqual([]);
  expect(screen.queryByText(/Draft/)).toBeNull();
});

it('Discard before the autosave is due leaves no draft behind', async () => {
  const onDone = renderForm();
  await userEvent.type(screen.getByLabelText(/What happened/), 'Half a thought');
  await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
  await pause(500);
  // Whatever was saved while typing, the clear comes last: no waiting save brings the draft back.
  const writes = draftWrites().map((c) => c.channel);
  expect(writes.at(-1)).toBe('drafts.clear');
  expect(writes.filter((w) => w === 'drafts.clear')).toHaveLength(1);
});

it("keeps this counter's draft under its own key, so another counter on a shared database never gets it", async () => {
  renderForm();
  await userEvent.type(screen.getByLabelText(/What happened/), 'Half a thought');
  await waitFor(() => expect(draftWrites().some((c) => c.channel === 'drafts.save')).toBe(true), { timeout: 5000 });
  const keys = new Set(draftWrites().map((c) => (c.request as { key: string }).key));
  expect([...keys]).toHaveLength(1);
  const [key] = [...keys];
  expect(key).toMatch(/^quick-log\.[0-9a-f]{12}$/);
  // Another browser profile or app install (another counter) has another key.
  cleanup();
  localStorage.clear();
  calls.length = 0;
  renderForm();
  await userEvent.type(screen.getByLabelText(/What happened/), 'Mine');
  await waitFor(() => expect(draftWrites().some((c) => c.channel === 'drafts.save')).toBe(true), { timeout: 5000 });
  const other = (draftWrites()[0]!.request as { key: string }).key;
  expect(other).toMatch(/^quick-log\.[0-9a-f]{12}$/);
  expect(other).not.toBe(key);
}, 20_000);
