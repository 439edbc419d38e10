// The shared database out of reach, at the connection seam: a stand-in `window.makegood.invoke`
// answers UNAVAILABLE while `down`, then answers again. The banner says so and goes by itself; the
// quick log keeps its entry on this computer and saves it once when the connection returns. And
// the change signal (`window.makegood.onChange`) refetches what is on screen, at most once a second.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { call } from '../../renderer/src/api/call';
import { useLiveUpdates } from '../../renderer/src/api/liveUpdates';
import { noteResult } from '../../renderer/src/api/reachability';
import { useCall } from '../../renderer/src/api/useCall';
import { UnreachableBanner } from '../../renderer/src/app/UnreachableBanner';
import { QuickLogForm } from '../../renderer/src/quicklog/QuickLogForm';
import { useOfflineSaves } from '../../renderer/src/quicklog/useOfflineSaves';

const calls: { channel: string; request: unknown }[] = [];
let down = false;
let changeListener: (() => void) | null = null;
let serverDraft: Record<string, unknown> | null = null;

const UNAVAILABLE = { ok: false, code: 'UNAVAILABLE', message: 'Makegood cannot reach the shared database. Check the network and the database server, then try again.' };

beforeEach(() => {
  calls.length = 0;
  down = false;
  serverDraft = null;
  localStorage.clear();
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (down) return UNAVAILABLE;
    if (channel === 'drafts.get') return { ok: true, value: { value: serverDraft, updatedAt: null } };
    if (channel === 'drafts.clear') serverDraft = null;
    if (channel === 'app.info') return { ok: true, value: { version: 'test', databasePath: 'postgres://counter@db.shop/makegood', schemaVersion: 11 } };
    if (channel === 'incidents.create') return { ok: true, value: { incident: { id: 1234, ref: 'MG-1234' }, events: [] } };
    if (channel === 'incidents.home') return { ok: true, value: { asked: calls.filter((c) => c.channel === 'incidents.home').length } };
    if (channel.endsWith('.list')) return { ok: true, value: [] };
    return { ok: true, value: null };
  });
  window.makegood = {
    invoke: invoke as unknown as Invoke,
    onChange: (listener) => {
      changeListener = listener;
      return () => {
        changeListener = null;
      };
    },
  };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
  // The state is the page's, shared by every screen: back to reachable for the next test.
  noteResult({ ok: true, value: null });
});

const BANNER = { name: 'Makegood cannot reach the shared database.' };
const count = (channel: string) => calls.filter((c) => c.channel === channel).length;

function OfflineSaves() {
  useOfflineSaves();
  return null;
}

function Live({ client }: { client: QueryClient }) {
  useLiveUpdates(client);
  const home = useCall('incidents.home', {});
  return <p>Home asked {(home.data as unknown as { asked: number } | undefined)?.asked ?? 0} times</p>;
}

function renderWith(children: ReactNode, client = new QueryClient()) {
  render(
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={client}>
          <Notifications />
          <UnreachableBanner />
          {children}
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
}

it('a banner says plainly that the shared database is out of reach, and goes by itself once a call succeeds', async () => {
  renderWith(null);
  expect(screen.queryByRole('alert', BANNER)).toBeNull();
  down = true;
  await expect(call('settings.get', {})).rejects.toThrow('cannot reach the shared database');
  const banner = await screen.findByRole('alert', BANNER);
  expect(banner).toHaveTextContent('Makegood cannot reach the shared database.');
  expect(banner).toHaveTextContent('Incidents you log with the quick log are kept on this computer and saved as soon as the connection returns.');
  // It asks again every few seconds (app.info), and stays while the answer is still no.
  await waitFor(() => expect(count('app.info')).toBeGreaterThanOrEqual(1), { timeout: 4000 });
  expect(screen.getByRole('alert', BANNER)).toBeInTheDocument();

  down = false;
  await waitFor(() => expect(screen.queryByRole('alert', BANNER)).toBeNull(), { timeout: 4000 });
  // Once gone it stops asking.
  const asked = count('app.info');
  await new Promise((r) => setTimeout(r, 3500));
  expect(count('app.info')).toBe(asked);
}, 15_000);

it('the quick log keeps its entry on this computer while unreachable, and saves it once when the connection returns', async () => {
  // Typed before the drop: the server holds its start as the draft.
  serverDraft = { whatHappened: 'Milk was' };
  down = true;
  const onDone = vi.fn();
  renderWith(
    <>
      <OfflineSaves />
      <QuickLogForm onDone={onDone} />
    </>,
  );
  await screen.findByRole('alert', BANNER);
  const what = screen.getByLabelText(/What happened/);
  await userEvent.type(what, 'Milk was sour');
  expect(await screen.findByText('Draft kept on this computer')).toBeInTheDocument();
  expect(JSON.parse(localStorage.getItem('makegood.quickLog.draft') ?? '{}')).toMatchObject({ whatHappened: 'Milk was sour' });
  expect(count('drafts.save')).toBe(0);

  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
  expect(await screen.findByText('Kept on this computer')).toBeInTheDocument();
  expect(count('incidents.create')).toBe(1);
  expect(JSON.parse(localStorage.getItem('makegood.quickLog.keptOffline') ?? '[]')).toHaveLength(1);
  expect(localStorage.getItem('makegood.quickLog.draft')).toBeNull();

  down = false;
  expect(await screen.findByText('Saved MG-1234 that you logged while offline', {}, { timeout: 5000 })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Open MG-1234' })).toHaveAttribute('href', '#/incidents/1234');
  const creates = calls.filter((c) => c.channel === 'incidents.create');
  expect(creates).toHaveLength(2);
  // The same request, its save key too: had the first reached the server before the answer was lost, this one finds it.
  expect(creates[1]!.request).toEqual(creates[0]!.request);
  expect(creates[0]!.request).toMatchObject({ saveKey: expect.stringMatching(/^[0-9a-f]{32}$/) });
  expect(creates[1]!.request).toMatchObject({ whatHappened: 'Milk was sour' });
  expect(localStorage.getItem('makegood.quickLog.keptOffline')).toBeNull();
  // The server's draft was this entry's beginning: cleared, so it is not offered again.
  await waitFor(() => expect(serverDraft).toBeNull());
  expect(screen.queryByRole('alert', BANNER)).toBeNull();

  // Once: nothing more is sent, whatever else succeeds.
  await call('settings.get', {});
  await new Promise((r) => setTimeout(r, 500));
  expect(count('incidents.create')).toBe(2);
}, 20_000);

it("another counter's change refetches what is on screen, at most once a second", async () => {
  const client = new QueryClient();
  renderWith(<Live client={client} />, client);
  expect(await screen.findByText('Home asked 1 times')).toBeInTheDocument();
  expect(changeListener).not.toBeNull();

  changeListener!();
  changeListener!();
  expect(await screen.findByText('Home asked 2 times', {}, { timeout: 2000 })).toBeInTheDocument();
  // A burst is one refetch; the next signal waits out the second.
  changeListener!();
  await new Promise((r) => setTimeout(r, 500));
  expect(count('incidents.home')).toBe(2);
  expect(await screen.findByText('Home asked 3 times', {}, { timeout: 2000 })).toBeInTheDocument();
  await new Promise((r) => setTimeout(r, 1200));
  expect(count('incidents.home')).toBe(3);
}, 15_000);
