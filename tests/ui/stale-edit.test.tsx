// An edit made on a stale copy (issue 17): the incident editor sends the updatedAt it shows, one
// edit at a time, and a refusal says "changed on another counter" with a Reload button; so do the
// writes made from a list (Diagnose's queue, Home's "Followed up"). A stand-in
// `window.makegood.invoke` plays the core, with another counter's edit landing in between.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { useCall } from '../../renderer/src/api/useCall';
import { useIncidentEditor } from '../../renderer/src/incident/useIncidentEditor';
import type { QueueItem } from '../../renderer/src/diagnose/DiagnoseRow';
import { useDiagnoseInline } from '../../renderer/src/diagnose/useDiagnoseInline';
import { MarkFollowedUpButton } from '../../renderer/src/followups/MarkFollowedUpButton';

const STALE = 'This incident was changed on another counter: reload to see it.';
let updatedAt: string;
let whatHappened: string;
let sent: { channel: string; updatedAt?: string }[];

const detail = () => ({ incident: { id: 7, updatedAt, whatHappened }, events: [], compensations: [] });

beforeEach(() => {
  updatedAt = '2026-10-15T12:00:00.000Z';
  whatHappened = 'Cold soup';
  sent = [];
  let tick = 0;
  const invoke = async (channel: string, request: { updatedAt?: string; changes?: { whatHappened?: string } }) => {
    if (channel === 'incidents.get') return { ok: true, value: detail() };
    sent.push({ channel, ...(request.updatedAt ? { updatedAt: request.updatedAt } : {}) });
    // The core's answer comes a moment later, so the next edit is typed while this one is on its way.
    await new Promise((r) => setTimeout(r, 20));
    if (request.updatedAt !== updatedAt) return { ok: false, code: 'CONFLICT', message: STALE, issues: [{ path: 'updatedAt', message: STALE }] };
    tick += 1;
    updatedAt = `2026-10-15T12:00:0${tick}.000Z`;
    whatHappened = request.changes?.whatHappened ?? whatHappened;
    return { ok: true, value: detail() };
  };
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
});

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

function wrapper({ children }: { children: ReactNode }) {
  return (
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={client}>
          <Notifications />
          {children}
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>
  );
}

const useScreen = () => ({ shown: useCall('incidents.get', { id: 7 }), editor: useIncidentEditor(7) });

it('sends each edit with the updatedAt the previous edit brought back, so two quick edits are not taken for a stale copy', async () => {
  const { result } = renderHook(useScreen, { wrapper });
  await waitFor(() => expect(result.current.shown.isSuccess).toBe(true));
  let saved: boolean[] = [];
  await act(async () => {
    saved = await Promise.all([result.current.editor.save({ whatHappened: 'Cold soup, twice' }), result.current.editor.save({ internalNote: 'Chef told' })]);
  });
  expect(saved).toEqual([true, true]);
  expect(sent).toEqual([
    { channel: 'incidents.update', updatedAt: '2026-10-15T12:00:00.000Z' },
    { channel: 'incidents.update', updatedAt: '2026-10-15T12:00:01.000Z' },
  ]);
});

/** The incident as a screen shows it, with its editor handed to the test. */
function Shown({ onEditor }: { onEditor: (editor: ReturnType<typeof useIncidentEditor>) => void }) {
  const { shown, editor } = useScreen();
  onEditor(editor);
  return <p>{shown.data ? `Shown: ${shown.data.incident.whatHappened}` : 'Loading'}</p>;
}

it('says the incident changed on another counter, keeps nothing of the refused edit, and reloads it on Reload', async () => {
  let editor!: ReturnType<typeof useIncidentEditor>;
  render(<Shown onEditor={(e) => (editor = e)} />, { wrapper });
  expect(await screen.findByText('Shown: Cold soup')).toBeInTheDocument();
  // Another counter's edit lands after this screen read the incident.
  updatedAt = '2026-10-15T12:00:30.000Z';
  whatHappened = 'Cold soup (edited at the other till)';
  let saved = true;
  await act(async () => {
    saved = await editor.save({ whatHappened: 'Cold soup again' });
  });
  expect(saved).toBe(false);
  expect(await screen.findByText(STALE)).toBeInTheDocument();
  expect(sent).toEqual([{ channel: 'incidents.update', updatedAt: '2026-10-15T12:00:00.000Z' }]);
  expect(screen.getByText('Shown: Cold soup')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
  expect(await screen.findByText('Shown: Cold soup (edited at the other till)')).toBeInTheDocument();
  await waitFor(() => expect(screen.queryByText(STALE)).not.toBeInTheDocument());
});

// From a list (Diagnose's queue, Home's follow-ups), a write sends the updatedAt the row was read with.
const row = { id: 7, ref: 'MG-7', rootCauseId: null, updatedAt: '2026-10-15T12:00:00.000Z' } as unknown as QueueItem;

it('diagnoses from the list with the row as read: the cause, then the step with the updatedAt the cause brought back', async () => {
  const { result } = renderHook(useDiagnoseInline, { wrapper });
  await act(async () => {
    await result.current.diagnose(row, 3, 'Training gap');
  });
  expect(sent).toEqual([
    { channel: 'incidents.update', updatedAt: '2026-10-15T12:00:00.000Z' },
    { channel: 'incidents.setStep', updatedAt: '2026-10-15T12:00:01.000Z' },
  ]);
  expect(result.current.last).toBe('MG-7 diagnosed: Training gap.');
});

it('refuses to diagnose a row changed on another counter since the list was read, and shows the row again', async () => {
  const { result } = renderHook(useDiagnoseInline, { wrapper });
  updatedAt = '2026-10-15T12:00:30.000Z';
  await act(async () => {
    await result.current.diagnose(row, 3, 'Training gap');
  });
  expect(sent).toEqual([{ channel: 'incidents.update', updatedAt: '2026-10-15T12:00:00.000Z' }]);
  expect(result.current.gone.has(7)).toBe(false);
  expect(await screen.findByText(STALE)).toBeInTheDocument();
});

it('marks a follow-up done from Home with the row as read, and its Undo with what the mark brought back', async () => {
  render(<MarkFollowedUpButton incident={{ id: 7, ref: 'MG-7', updatedAt: '2026-10-15T12:00:00.000Z' }} />, { wrapper });
  await userEvent.click(screen.getByRole('button', { name: 'Mark MG-7 followed up' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Undo marking MG-7 followed up' }));
  await waitFor(() =>
    expect(sent).toEqual([
      { channel: 'incidents.update', updatedAt: '2026-10-15T12:00:00.000Z' },
      { channel: 'incidents.update', updatedAt: '2026-10-15T12:00:01.000Z' },
    ]),
  );
});
