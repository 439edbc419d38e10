// Backups: where they are, a copy on demand, and a restore from any file in the backups folder.
import { Alert, Button, Code, CopyButton, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { BACKUP_KIND_LABELS, type BackupFile } from '../../../shared/schemas/backup';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { RestoreBackupModal } from './RestoreBackupModal';
import { ServerBackups } from './ServerBackups';

const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);

export function BackupSettings() {
  const where = useCall('database.where', {});
  if (!where.data) return null;
  return where.data.engine === 'postgres' ? <ServerBackups shown={where.data.shown} /> : <FileBackups />;
}

/** This computer's data file: its backups folder, a copy on demand, and a restore. */
function FileBackups() {
  const fmt = useFormat();
  const write = useWrite();
  const list = useCall('data.backups', {});
  const [status, setStatus] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupFile | null>(null);
  const backUp = useMutation({
    mutationFn: () => write('data.backup', {}),
    onSuccess: (made) => setStatus(`Backed up to ${made.path}`),
    onError: (error) => notifyError(error, 'The backup was not made'),
  });
  const folder = list.data?.folder ?? '';

  return (
    <Stack maw={820} gap="md">
      <Text>
        Makegood copies your data into the backups folder each day it is open, and keeps the newest copy of each of the last 7 days, 4
        weeks and 12 months. Copies made with Back up now, before an update or before a restore are never deleted by Makegood.
      </Text>
      {folder && (
        <Group gap="xs">
          <Text size="sm">Backups folder:</Text>
          <Code>{folder}</Code>
          <CopyButton value={folder}>
            {({ copied, copy }) => (
              <Button variant="subtle" size="compact-sm" onClick={copy}>
                {copied ? 'Copied' : 'Copy path'}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
      <Group>
        <Button onClick={() => backUp.mutate()} loading={backUp.isPending}>
          Back up now
        </Button>
      </Group>
      {status && (
        <Alert color="teal" role="status">
          {status}
        </Alert>
      )}

      <Title order={2} size="h3">
        Restore
      </Title>
      <Text size="sm" c="dimmed">
        Restoring puts a backup's data in place of all of Makegood's data; your data as it is now is saved first. To restore a file from
        elsewhere (a USB stick, another computer), copy it into the backups folder and press Refresh, or run{' '}
        <Code>makegood restore FILE</Code>.
      </Text>
      {list.error && <Alert color="red">{errorMessage(list.error)}</Alert>}
      <Table.ScrollContainer minWidth={560} mah={420}>
        <Table striped stickyHeader verticalSpacing={4} aria-label="Backups">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Made</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Size</Table.Th>
              <Table.Th w={120}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data?.backups ?? []).map((b) => (
              <Table.Tr key={b.name}>
                <Table.Td title={b.name}>{fmt.dateTime(b.createdAt)}</Table.Td>
                <Table.Td>{BACKUP_KIND_LABELS[b.kind]}</Table.Td>
                <Table.Td ta="right">{megabytes(b.bytes, fmt.locale)}</Table.Td>
                <Table.Td>
                  <Button variant="light" size="compact-sm" aria-label={`Restore ${b.name}`} onClick={() => setChosen(b)}>
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data?.backups.length === 0 && <Text size="sm">No backups yet.</Text>}
      <Group>
        <Button variant="default" onClick={() => void list.refetch()} loading={list.isFetching}>
          Refresh
        </Button>
      </Group>
      <RestoreBackupModal backup={chosen} onClose={() => setChosen(null)} onRestored={setStatus} />
    </Stack>
  );
}
