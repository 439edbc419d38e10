// Settings › Data: where this computer's data is, and "Use a shared database": the form, Test
// connection, then Move this computer's records there (or Connect); the app restarts on it. In
// the browser, where the data is chosen when `makegood serve` starts, the command line is explained.
import { Alert, Button, Code, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { SharedDatabaseTested } from '../../../shared/schemas/database';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { useT } from '../lib/useT';

type Outcome = { kind: 'tested'; tested: SharedDatabaseTested } | { kind: 'switching'; message: string } | { kind: 'error'; message: string };

const EXAMPLE = 'postgres://makegood@db.local/makegood';
/** The form's examples: an address and a user name, not words. */
const URL_PLACEHOLDER = 'postgres://db.local/makegood?sslmode=require';
const USER_PLACEHOLDER = 'makegood';
const SERVE = 'makegood serve';
/** The command lines, as typed. */
const SERVE_LINE = `MAKEGOOD_DB=${EXAMPLE}?sslmode=require PGPASSWORD=… makegood serve`;
const MOVE_LINE = `PGPASSWORD=… makegood move-to ${EXAMPLE}?sslmode=require`;

function BrowserModeHelp() {
  const t = useT();
  const intl = useIntl();
  return (
    <Stack gap="xs">
      <Text>{intl.formatMessage({ id: 'settings.data.browserHelp' satisfies MessageId }, { command: <Code>{SERVE}</Code> })}</Text>
      <Code block>{SERVE_LINE}</Code>
      <Text>{t('settings.data.copyFirst')}</Text>
      <Code block>{MOVE_LINE}</Code>
      <Text size="sm" c="dimmed">
        {t('settings.data.readme')}
      </Text>
    </Stack>
  );
}

export function DataSettings() {
  const t = useT();
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
        {t('settings.data.whereTitle')}
      </Title>
      <Group gap="xs">
        <Text>{t(shared ? 'settings.data.onShared' : 'settings.data.onFile')}</Text>
        <Code>{where.data.shown}</Code>
      </Group>

      <Title order={2} size="h3">
        {t('settings.data.useShared')}
      </Title>
      <Text>{t('settings.data.sharedIntro')}</Text>
      {!where.data.canSwitch ? (
        <BrowserModeHelp />
      ) : shared ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('settings.data.backToFileHint')}</Text>
          <Button variant="default" onClick={() => void backToFile()} loading={busy === 'file'} disabled={switching}>
            {t('settings.data.useFileAgain')}
          </Button>
        </Stack>
      ) : (
        <Stack gap="sm">
          <TextInput
            label={t('settings.data.serverAddress')}
            description={t('settings.data.serverAddressHint')}
            placeholder={URL_PLACEHOLDER}
            value={url}
            onChange={edit(setUrl)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput label={t('settings.data.user')} placeholder={USER_PLACEHOLDER} value={user} onChange={edit(setUser)} autoComplete="off" spellCheck={false} />
          <PasswordInput
            label={t('settings.data.password')}
            description={t('settings.data.passwordHint')}
            value={password}
            onChange={edit(setPassword)}
            autoComplete="off"
          />
          <Group>
            <Button variant="default" onClick={() => void test()} loading={busy === 'test'} disabled={switching || url.trim() === ''}>
              {t('settings.data.test')}
            </Button>
            {tested && (
              <>
                <Button onClick={() => void move()} loading={busy === 'move'} disabled={busy !== null || (tested.incidents ?? 0) > 0}>
                  {t('settings.data.move')}
                </Button>
                <Button variant={(tested.incidents ?? 0) > 0 ? 'filled' : 'default'} onClick={() => void connect()} loading={busy === 'connect'} disabled={busy !== null}>
                  {t('settings.data.connect')}
                </Button>
              </>
            )}
          </Group>
          {tested && (tested.incidents ?? 0) > 0 && (
            <Text size="sm" c="dimmed">
              {t('settings.data.notEmpty')}
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
