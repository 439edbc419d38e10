// Restoring asks first, and says what will happen to the data entered since the backup.
import { Modal, Stack, Text } from '@mantine/core';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import type { BackupFile } from '../../../shared/schemas/backup';
import { useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { BACKUP_KIND } from './backupKinds';

interface Props {
  backup: BackupFile | null;
  onClose: () => void;
  /** A sentence for the page: what was restored and where the data as it was went. */
  onRestored: (message: string) => void;
}

/** A kind's label read mid-sentence: "Before an update" → "before an update". */
const midSentence = (label: string) => label.charAt(0).toLocaleLowerCase() + label.slice(1);

export function RestoreBackupModal({ backup, onClose, onRestored }: Props) {
  const t = useT();
  const fmt = useFormat();
  const write = useWrite();
  const { busy, error, close, run } = useConfirm(onClose);
  const restore = async () => {
    if (!backup) return;
    await run(async () => {
      // Every screen's data changed: data.restore writes every topic, so everything refetches.
      const done = await write('data.restore', { name: backup.name });
      const restored = t('settings.restore.done', { name: backup.name, count: done.incidents, shown: fmt.count(done.incidents), safetyCopy: done.safetyCopy });
      // An older backup brought up to date may have had records repaired (docs/domain.md, "Rules"): say which.
      const repaired =
        done.repaired.length === 0
          ? ''
          : ` ${t('settings.restore.repaired', { count: done.repaired.length, shown: fmt.count(done.repaired.length), list: done.repaired.join(' ') })}`;
      onRestored(restored + repaired);
      notifyDone(t('settings.restore.doneShort', { name: backup.name }));
    });
  };
  return (
    <Modal opened={backup !== null} onClose={close} title={t('settings.restore.title')} styles={{ title: { fontWeight: 700 } }}>
      {backup && (
        <Stack gap="sm">
          <Text>{t('settings.restore.replaces', { date: fmt.dateTime(backup.createdAt), kind: midSentence(t(BACKUP_KIND[backup.kind])), name: backup.name })}</Text>
          <Text>{t('settings.restore.safety')}</Text>
        </Stack>
      )}
      <ConfirmActions error={error} keepLabel={t('settings.restore.keep')} confirmLabel={t('settings.restore.confirm')} onKeep={close} onConfirm={() => void restore()} busy={busy} />
    </Modal>
  );
}
