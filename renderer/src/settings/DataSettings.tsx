// Settings › Data: where this computer's data is, and "Use a shared database": the form, Test
// connection, then Move this computer's records there (or Connect); the app restarts on it. In
// the browser, where the data is chosen when `makegood serve` starts, the command line is explained.
import { Alert, Button, Code, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SharedDatabaseTested } from '../../../shared/schemas/database';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';

type Outcome = { kind: 'tested'; tested: SharedDatabaseTested } | { kind: 'switching'; message: string } | { kind: 'error'; message: string };

const EXAMPLE = 'postgres://makegood@db.local/makegood';

function BrowserModeHelp() {
  return (
    <Stack gap="xs">
      <Text>
        In the browser, Makegood uses the data that <Code>makegood serve</Code> was started with. To use the shop's shared database, stop
        it (Ctrl+C) and start it with the database's address; the password comes from the environment, never the address:
      </Text>
      <Code block>{`MAKEGOOD_DB=${EXAMPLE}?sslmode=require PGPASSWORD=… makegood serve`}</Code>
      <Text>To copy this computer's records into an empty shared database first:</Text>
      <Code block>{`PGPASSWORD=… makegood move-to ${EXAMPLE}?sslmode=require`}</Code>
      <Text size="sm" c="dimmed">
        Setting up the server, the user and backups: see the README, “Several counters”.
      </Text>
    </Stack>
  );
}

export function DataSettings() {
  const where = useCall('database.where', {});
  const write = useWrite();
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<null | 'test' | 'move' | 'connect' | 'file'>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = { url, user, password };

  const run = async (step: NonNullable<typeof busy>, action: () => Promise<Outcome>) => {
    setBusy(step);
    try {
      setOutcome(await action());
    } catch (error) {
      setOutcome({ kind: 'error', message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };
  const test = () => run('test', async () => ({ kind: 'tested', tested: await write('database.test', form) }));
  const move = () => run('move', async () => ({ kind: 'switching', message: (await write('database.moveTo', form)).message }));
  const connect = () => run('connect', async () => ({ kind: 'switching', message: (await write('database.connect', form)).message }));
  const backToFile = () => run('file', async () => ({ kind: 'switching', message: (await write('database.useFile', {})).message }));
  // Typing again means testing again before anything can switch.
  const edit = (set: (v: string) => void) => (e: React.ChangeEvent<HTMLInputElement>) => {
    set(e.currentTarget.value);
    if (outcome?.kind === 'tested') setOutcome(null);
  };

  if (!where.data) return where.error ? <Alert color="red">{errorMessage(where.error)}</Alert> : null;
  const shared = where.data.engine === 'postgres';
  const tested = outcome?.kind === 'tested' ? outcome.tested : null;
  const switching = outcome?.kind === 'switching';

  return (
    <Stack maw={820} gap="md">
      <Title order={2} size="h3">
        Where this computer's data is
      </Title>
      <Group gap="xs">
        <Text>{shared ? "The shop's shared database:" : "This computer's own file:"}</Text>
        <Code>{where.data.shown}</Code>
      </Group>

      <Title order={2} size="h3">
        Use a shared database
      </Title>
      <Text>
        Several counters (two tills, a back office, the owner at home) can keep one log on a PostgreSQL server that the shop or its IT
        person already runs and backs up. Every counter connects to it; nothing is copied back and forth.
      </Text>
      {!where.data.canSwitch ? (
        <BrowserModeHelp />
      ) : shared ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            Going back to this computer's file leaves the shared database as it is; the file holds only what was saved on it before it
            moved.
          </Text>
          <Button variant="default" onClick={() => void backToFile()} loading={busy === 'file'} disabled={switching}>
            Use this computer's file again
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <TextInput
            label="Server address"
            description="Without the password. Add ?sslmode=require to encrypt the connection, or ?sslmode=verify-full&sslrootcert=… to check the server's certificate too."
            placeholder="postgres://db.local/makegood?sslmode=require"
            value={url}
            onChange={edit(setUrl)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput label="User" placeholder="makegood" value={user} onChange={edit(setUser)} autoComplete="off" spellCheck={false} />
          <PasswordInput
            label="Password"
            description="Kept encrypted with this computer's keychain, never in plain text."
            value={password}
            onChange={edit(setPassword)}
            autoComplete="off"
          />
          <Group>
            <Button variant="default" onClick={() => void test()} loading={busy === 'test'} disabled={switching || url.trim() === ''}>
              Test connection
            </Button>
            {tested && (
              <>
                <Button onClick={() => void move()} loading={busy === 'move'} disabled={busy !== null || (tested.incidents ?? 0) > 0}>
                  Move this computer's records there
                </Button>
                <Button variant={(tested.incidents ?? 0) > 0 ? 'filled' : 'default'} onClick={() => void connect()} loading={busy === 'connect'} disabled={busy !== null}>
                  Connect
                </Button>
              </>
            )}
          </Group>
          {tested && (tested.incidents ?? 0) > 0 && (
            <Text size="sm" c="dimmed">
              Records are moved into an empty database only: this one already has the shop's records, so connect to it.
            </Text>
          )}
        </Stack>
      )}
      {outcome && (
        <Alert color={outcome.kind === 'error' ? 'red' : 'teal'} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.kind === 'tested' ? outcome.tested.message : outcome.message}
        </Alert>
      )}
    </Stack>
  );
}
