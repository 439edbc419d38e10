// Backups: where they are, a copy on demand, and a restore from any file in the backups folder.
import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { BackupFile } from '../../../shared/schemas/backup';
import type { MessageId } from '../../../shared/i18n/catalog';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { BACKUP_KIND } from './backupKinds';
import { RestoreBackupModal } from './RestoreBackupModal';
import { ServerBackups } from './ServerBackups';

/** The command line's restore, as typed (not words to translate). */
const RESTORE_COMMAND = 'makegood restore FILE';

const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export function BackupSettings() {
  const where = useCall('database.where', {});
  if (!where.data) return null;
  return where.data.engine === 'postgres' ? <ServerBackups shown={where.data.shown} /> : <FileBackups />;
}

/** This computer's data file: its backups folder, a copy on demand, and a restore. */
function FileBackups() {
  const t = useT();
  const intl = useIntl();
  const fmt = useFormat();
  const write = useWrite();
  const list = useCall('data.backups', {});
  const [status, setStatus] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupFile | null>(null);
  const backUp = useMutation({
    mutationFn: () => write('data.backup', {}),
    onSuccess: (made) => setStatus(t('settings.backups.backedUpTo', { path: made.path })),
    onError: (error) => notifyError(error, t('settings.backups.notMade')),
  });
  const folder = list.data?.folder ?? '';

  return (
    <Stack maw={820} gap="md">
      <Text>{t('settings.backups.intro')}</Text>
      {folder && (
        <Group gap="xs">
          <Text size="sm">{t('settings.backups.folder')}</Text>
          <Code>{folder}</Code>
          <CopyButton value={folder}>
            {({ copied, copy }) => (
              <Button variant="subtle" size="compact-sm" onClick={copy}>
                {copied ? t('settings.backups.copied') : t('settings.backups.copyPath')}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      <Group>
        <Button onClick={() => backUp.mutate()} loading={backUp.isPending}>
          {t('settings.backups.backUpNow')}
        </Button>
      </Group>
      {status && (
        <Alert color="teal" role="status">
          {status}
        </Alert>
      )}

      <Title order={2} size="h3">
        {t('settings.backups.restoreTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {intl.formatMessage({ id: 'settings.backups.restoreHelp' satisfies MessageId }, { command: <Code>{RESTORE_COMMAND}</Code> })}
      </Text>
      {list.error && <Alert color="red">{errorMessage(list.error)}</Alert>}
      <Table.ScrollContainer minWidth={560} mah={420}>
        <Table striped stickyHeader verticalSpacing={4} aria-label={t('settings.backups.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settings.backups.made')}</Table.Th>
              <Table.Th>{t('settings.backups.kind')}</Table.Th>
              <Table.Th ta="end">{t('settings.backups.size')}</Table.Th>
              <Table.Th w={120}>
                <VisuallyHidden>{t('settings.backups.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.backups ?? []).map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td title={b.name}>{fmt.dateTime(b.createdAt)}</Table.Td>
                <Table.Td>{t(BACKUP_KIND[b.kind])}</Table.Td>
                <Table.Td ta="end">{megabytes(b.bytes, fmt.locale)}</Table.Td>
                <Table.Td>
                  <Button variant="light" size="compact-sm" aria-label={t('settings.backups.restoreNamed', { name: b.name })} onClick={() => setChosen(b)}>
                    {t('settings.backups.restoreButton')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data?.backups.length === 0 && <Text size="sm">{t('settings.backups.none')}</Text>}
      <Group>
        <Button variant="default" onClick={() => void list.refetch()} loading={list.isFetching}>
          {t('settings.backups.refresh')}
        </Button>
      </Group>
      <RestoreBackupModal backup={chosen} onClose={() => setChosen(null)} onRestored={setStatus} />
    </Stack>
  );
}
