// Settings › Data as a person uses it: the address, user and password typed, Test connection, then
// Move or Connect (the request carries exactly what was typed); browser mode explains the command line.
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { InEnglish } from '../support/intl';
import { DataSettings } from '../../renderer/src/settings/DataSettings';

const calls: [string, unknown][] = [];

function serve(answers: Record<string, unknown>) {
  const invoke = vi.fn(async (channel: string, request: unknown) => {
    calls.push([channel, request]);
    const answer = answers[channel];
    if (answer instanceof Error) return { ok: false, code: 'UNAVAILABLE', message: answer.message };
    return { ok: true, value: answer ?? null };
  });
  window.makegood = { invoke: invoke as unknown as Invoke };
  render(
    <InEnglish>
      <MantineProvider>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <DataSettings />
        </QueryClientProvider>
      </MantineProvider>
    </InEnglish>,
  );
}

afterEach(() => {
  cleanup();
  calls.length = 0;
  delete window.makegood;
});

const onFile = { engine: 'sqlite', shown: '/home/kim/.config/Makegood/makegood.sqlite', canSwitch: true };
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

it('tests the connection with what was typed, then moves this computer’s records there', async () => {
  serve({
    'database.where': onFile,
    'database.test': { shown: 'postgres://makegood@db.local/makegood', serverVersion: 16, incidents: null, message: 'Connected to PostgreSQL 16: an empty database.' },
    'database.moveTo': { message: 'Moved 12 incidents, … Makegood now restarts on the shared database.' },
  });
  expect(await screen.findByText('/home/kim/.config/Makegood/makegood.sqlite')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: "Move this computer's records there" })).toBeNull();
  type('Server address', 'postgres://db.local/makegood?sslmode=require');
  type('User', 'makegood');
  type('Password', 'counter secret');
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Connected to PostgreSQL 16: an empty database.');
  fireEvent.click(screen.getByRole('button', { name: "Move this computer's records there" }));
  expect(await screen.findByText(/Makegood now restarts on the shared database/)).toBeInTheDocument();
  const form = { url: 'postgres://db.local/makegood?sslmode=require', user: 'makegood', password: 'counter secret' };
  expect(calls.filter(([c]) => c !== 'database.where')).toEqual([
    ['database.test', form],
    ['database.moveTo', form],
  ]);
});

it('a database that already has the shop’s records: Connect, not Move; a refusal is shown as said', async () => {
  serve({
    'database.where': onFile,
    'database.test': { shown: 'postgres://makegood@db.local/makegood', serverVersion: 16, incidents: 3214, message: 'the shared database holds 3,214 incidents.' },
    'database.connect': new Error('Makegood could not reach the shared database at postgres://makegood@db.local/makegood: the server refused the user name or password.'),
  });
  await screen.findByText('/home/kim/.config/Makegood/makegood.sqlite');
  type('Server address', 'postgres://db.local/makegood');
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  await screen.findByText('the shared database holds 3,214 incidents.');
  expect(screen.getByRole('button', { name: "Move this computer's records there" })).toBeDisabled();
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('the server refused the user name or password.');
});

it('on the shared database: shows its address and offers this computer’s file again', async () => {
  serve({ 'database.where': { engine: 'postgres', shown: 'postgres://makegood@db.local/makegood', canSwitch: true }, 'database.useFile': { message: "Makegood now restarts on this computer's own data file." } });
  expect(await screen.findByText("The shop's shared database:")).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: "Use this computer's file again" }));
  expect(await screen.findByRole('status')).toHaveTextContent("Makegood now restarts on this computer's own data file.");
});

it('in the browser: explains how serve is started on the shared database, and has no form', async () => {
  serve({ 'database.where': { ...onFile, canSwitch: false } });
  expect(await screen.findByText(/MAKEGOOD_DB=postgres:\/\/makegood@db\.local\/makegood\?sslmode=require PGPASSWORD=… makegood serve/)).toBeInTheDocument();
  expect(screen.getByText(/makegood move-to postgres:/)).toBeInTheDocument();
  expect(screen.queryByLabelText('Password')).toBeNull();
});
