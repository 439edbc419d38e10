// The desktop app runs its own reminder loop in main: the page's never runs there, nor asks for
// permission. Settings previews the follow-up message and names a placeholder it does not fill.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { DEFAULT_FOLLOW_UP_TEMPLATE } from '../../shared/schemas/settings';
import type { InEnglish as English } from '../support/intl';

const SETTINGS = {
  businessName: 'Crumb & Co',
  currency: 'USD',
  locale: 'en-US',
  theme: 'light',
  voucherApology: '',
  voucherValidDays: null,
  slipPaper: 'receipt80',
  followUpTemplate: DEFAULT_FOLLOW_UP_TEMPLATE,
  language: 'en',
};
let invoke: ReturnType<typeof vi.fn>;
/** Imported after the modules are reset, so the screens and the shared helpers they call speak through the same speaker. */
let InEnglish: typeof English;

beforeEach(async () => {
  vi.resetModules();
  ({ InEnglish } = await import('../support/intl'));
  invoke = vi.fn(async (channel: string) => {
    if (channel === 'settings.get') return { ok: true, value: SETTINGS };
    return { ok: true, value: [] };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
  // Allowed, as a browser would say: the desktop app must still not use it.
  vi.stubGlobal('Notification', Object.assign(vi.fn(), { permission: 'granted', requestPermission: vi.fn() }));
});
afterEach(() => {
  cleanup();
  delete window.makegood;
  vi.unstubAllGlobals();
});

function inApp(element: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '/', element }]);
  return render(
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
}

it('in the desktop app, the page claims no reminder and asks for no permission', async () => {
  const { BrowserReminders } = await import('../../renderer/src/followups/BrowserReminders');
  const { ReminderPermissionNote } = await import('../../renderer/src/followups/ReminderPermissionNote');
  inApp(
    <>
      <BrowserReminders />
      <ReminderPermissionNote />
      <p>Home</p>
    </>,
  );
  await screen.findByText('Home');
  await new Promise((r) => setTimeout(r, 50));
  expect(invoke.mock.calls.map(([channel]) => channel)).not.toContain('followUps.claimDue');
  expect(screen.queryByRole('button', { name: 'Allow reminders' })).toBeNull();
  expect(Notification).not.toHaveBeenCalled();
});

it('Settings previews the message as typed and says which placeholder it will not fill', async () => {
  const { FollowUpMessageSettings } = await import('../../renderer/src/settings/FollowUpMessageSettings');
  inApp(<FollowUpMessageSettings />);
  const field = await screen.findByRole('textbox', { name: 'Follow-up message' });
  expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent(/^PreviewHi Dana, this is Crumb & Co\. We wanted to check in after the birthday cake arrived squashed\. We gave you a refund of \$12\.00\./);
  fireEvent.change(field, { target: { value: 'Hello {first_name} {last_name}, from {shop}' } });
  expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Hello Dana {last_name}, from Crumb & Co');
  expect(screen.getByText(/\{last_name\} is not filled in/)).toBeInTheDocument();
  for (const p of ['{first_name}', '{shop}', '{what_happened}', '{what_we_did}']) expect(screen.getByRole('table', { name: 'Placeholders' })).toHaveTextContent(p);
});
