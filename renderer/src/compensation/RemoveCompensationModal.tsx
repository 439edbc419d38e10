// Removing an entry asks first, and says how long it can be undone; the timeline keeps a note of it.
import { Modal, Text } from '@mantine/core';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import type { Compensation } from '../../../shared/schemas/compensation';
import { erasedAfter, KEEP_DELETED_DAYS } from '../../../shared/schemas/deleted';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

interface Props {
  entry: Compensation | null;
  givenBy: string;
  onConfirm: (entry: Compensation) => Promise<void>;
  onClose: () => void;
}

export function RemoveCompensationModal({ entry, givenBy, onConfirm, onClose }: Props) {
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  const { busy, error, close, run } = useConfirm(onClose);
  const remove = async () => {
    if (entry) await run(() => onConfirm(entry));
  };
  return (
    <Modal opened={entry !== null} onClose={close} title={entry ? t('compensation.remove.title', { kind: entry.kind }) : ''} styles={{ title: { fontWeight: 700 } }}>
      {entry && (
        <Text>
          {t(givenBy ? 'compensation.remove.body' : 'compensation.remove.bodyNoGiver', {
            kind: labels.kind(entry.kind),
            money: fmt.money(entry.cost),
            name: givenBy,
            when: fmt.dateTime(entry.givenAt),
            days: KEEP_DELETED_DAYS,
            until: fmt.date(erasedAfter(new Date())),
          })}
        </Text>
      )}
      <ConfirmActions error={error} keepLabel={t('compensation.remove.keep')} confirmLabel={t('compensation.list.remove')} onKeep={close} onConfirm={() => void remove()} busy={busy} />
    </Modal>
  );
}
