// Settings › Backups on a shared database says backups are the server's job, with the lines for
// this database (its address without the password), and asks nothing of a backups folder; on a
// data file it lists the folder's backups as before.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { BackupSettings } from '../../renderer/src/settings/BackupSettings';

const asked: string[] = [];

function serve(answers: Record<string, unknown>) {
  const invoke = vi.fn(async (channel: string) => {
    asked.push(channel);
    return { ok: true, value: answers[channel] ?? null };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
  render(
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <BackupSettings />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
}

afterEach(() => {
  cleanup();
  asked.length = 0;
  delete window.makegood;
});

it('on a shared database, gives the pg_dump and pg_restore lines for it and lists no backups folder', async () => {
  serve({ 'database.where': { engine: 'postgres', shown: 'postgres://makegood@backoffice.local/makegood', canSwitch: true } });
  expect(await screen.findByText("pg_dump -Fc -d 'postgres://makegood@backoffice.local/makegood' -f makegood-$(date +%F).dump")).toBeInTheDocument();
  expect(screen.getByText(/pg_restore --no-owner -d 'postgres:\/\/makegood@backoffice.local\/makegood'/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Copy the backup line' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
  expect(asked).not.toContain('data.backups');
});

it('on a data file, shows its backups folder and Back up now', async () => {
  serve({
    'database.where': { engine: 'sqlite', shown: '/home/kim/.config/Makegood/makegood.sqlite', canSwitch: true },
    'data.backups': { folder: '/home/kim/.config/Makegood/backups', backups: [] },
  });
  expect(await screen.findByRole('button', { name: 'Back up now' })).toBeInTheDocument();
  expect(await screen.findByText('/home/kim/.config/Makegood/backups')).toBeInTheDocument();
  expect(asked).toContain('data.backups');
});
