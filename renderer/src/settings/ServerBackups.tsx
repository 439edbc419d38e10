// Settings › Backups on a shared database: backups are the server's job (README, "Backups"), so
// this says how, with the lines to run for this database, instead of a folder this computer does not have.
import { Code, CopyButton, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../shared/i18n/catalog';
import { useT } from '../lib/useT';

/** `label`: the copy button's name, "Copy the backup line". */
function Line({ label, text }: { label: string; text: string }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1 }}>
        {text}
      </Code>
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Button variant="subtle" size="compact-sm" onClick={copy} aria-label={label}>
            {copied ? t('settings.backups.copied') : t('settings.serverBackups.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** `shown`: the shared database's address as Settings › Data shows it, without its password. */
export function ServerBackups({ shown }: { shown: string }) {
  const t = useT();
  const intl = useIntl();
  return (
    <Stack maw={820} gap="md">
      <Text>{intl.formatMessage({ id: 'settings.serverBackups.intro' satisfies MessageId }, { address: <Code>{shown}</Code> })}</Text>
      <Text>{t('settings.serverBackups.nightly')}</Text>
      <Line label={t('settings.serverBackups.copyBackupLine')} text={`pg_dump -Fc -d '${shown}' -f makegood-$(date +%F).dump`} />
      <Title order={2} size="h3">
        {t('settings.backups.restoreTitle')}
      </Title>
      <Text>{t('settings.serverBackups.restoreHelp')}</Text>
      <Line label={t('settings.serverBackups.copyRestoreLine')} text={`pg_restore --no-owner -d '${shown}' makegood-2026-11-30.dump`} />
      <Text size="sm" c="dimmed">
        {t('settings.serverBackups.export')}
      </Text>
    </Stack>
  );
}
