// Restoring asks first, and says what will happen to the data entered since the backup.
import { Modal, Stack, Text } from '@mantine/core';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import { BACKUP_KIND_LABELS, type BackupFile } from '../../../shared/schemas/backup';
import { useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';
import { useFormat } from '../lib/useFormat';

interface Props {
  backup: BackupFile | null;
  onClose: () => void;
  /** A sentence for the page: what was restored and where the data as it was went. */
  onRestored: (message: string) => void;
}

export function RestoreBackupModal({ backup, onClose, onRestored }: Props) {
  const fmt = useFormat();
  const write = useWrite();
  const { busy, error, close, run } = useConfirm(onClose);
  const restore = async () => {
    if (!backup) return;
    await run(async () => {
      // Every screen's data changed: data.restore writes every topic, so everything refetches.
      const done = await write('data.restore', { name: backup.name });
      const incidents = `${fmt.count(done.incidents)} incident${done.incidents === 1 ? '' : 's'}`;
      // An older backup brought up to date may have had records repaired (docs/domain.md, "Rules"): say which.
      const repaired =
        done.repaired.length === 0
          ? ''
          : ` Bringing it up to this version repaired ${fmt.count(done.repaired.length)} record${done.repaired.length === 1 ? '' : 's'}: ${done.repaired.join(' ')}`;
      const message = `Restored ${backup.name}: ${incidents}. Your data as it was is saved in ${done.safetyCopy}.${repaired}`;
      onRestored(message);
      notifyDone(`Restored ${backup.name}.`);
    });
  };
  return (
    <Modal opened={backup !== null} onClose={close} title="Restore this backup?" styles={{ title: { fontWeight: 700 } }}>
      {backup && (
        <Stack gap="sm">
          <Text>
            All of Makegood's data (incidents, compensations, lessons, staff, lists and settings) will be replaced by the backup made{' '}
            {fmt.dateTime(backup.createdAt)} ({BACKUP_KIND_LABELS[backup.kind].toLowerCase()}, {backup.name}).
          </Text>
          <Text>
            Your data as it is now is saved in the backups folder first, so anything entered since that backup stays in that copy. The
            file is checked before anything changes: a damaged file, or one that is not Makegood's, is refused.
          </Text>
        </Stack>
      )}
      <ConfirmActions error={error} keepLabel="Keep my data" confirmLabel="Restore" onKeep={close} onConfirm={() => void restore()} busy={busy} />
    </Modal>
  );
}
