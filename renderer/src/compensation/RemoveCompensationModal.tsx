// Removing an entry asks first, and says how long it can be undone; the timeline keeps a note of it.
import { Modal, Text } from '@mantine/core';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { Compensation } from '../../../shared/schemas/compensation';
import { erasedAfter, KEEP_DELETED_DAYS } from '../../../shared/schemas/deleted';
import { useFormat } from '../lib/useFormat';

interface Props {
  entry: Compensation | null;
  givenBy: string;
  onConfirm: (entry: Compensation) => Promise<void>;
  onClose: () => void;
}

export function RemoveCompensationModal({ entry, givenBy, onConfirm, onClose }: Props) {
  const fmt = useFormat();
  const { busy, error, close, run } = useConfirm(onClose);
  const kind = entry ? COMPENSATION_KIND_LABELS[entry.kind] : '';
  const remove = async () => {
    if (entry) await run(() => onConfirm(entry));
  };
  return (
    <Modal opened={entry !== null} onClose={close} title={`Remove this ${kind.toLowerCase()}?`} styles={{ title: { fontWeight: 700 } }}>
      {entry && (
        <Text>
          {kind} of {fmt.money(entry.cost)}
          {givenBy ? ` given by ${givenBy}` : ''} on {fmt.dateTime(entry.givenAt)} will no longer count for the incident, the tracker or
          the allowance. You can undo this for {KEEP_DELETED_DAYS} days, until {fmt.date(erasedAfter(new Date()))}, from Recently deleted in
          the journal; after that it is erased for good.
        </Text>
      )}
      <ConfirmActions error={error} keepLabel="Keep it" confirmLabel="Remove" onKeep={close} onConfirm={() => void remove()} busy={busy} />
    </Modal>
  );
}
