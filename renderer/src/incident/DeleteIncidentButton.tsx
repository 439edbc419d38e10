// Deleting an incident asks first and says what happens, and for how long it can be undone.
import { Button, Modal, Text } from '@mantine/core';
import { ConfirmActions } from '../lib/ConfirmActions';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { erasedAfter, KEEP_DELETED_DAYS } from '../../../shared/schemas/deleted';
import type { Incident } from '../../../shared/schemas/incident';
import { errorMessage } from '../api/call';
import { useDeletedActions } from '../deleted/actions';
import { useFormat } from '../lib/useFormat';

interface Props {
  incident: Pick<Incident, 'id' | 'ref'>;
  /** What was given on it, already formatted; empty when nothing was. */
  given: string;
}

export function DeleteIncidentButton({ incident, given }: Props) {
  const fmt = useFormat();
  const navigate = useNavigate();
  const { deleteIncident } = useDeletedActions();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    setOpened(false);
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await deleteIncident(incident, () => {
        setOpened(false);
        navigate('/journal');
      });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        Delete incident
      </Button>
      <Modal opened={opened} onClose={close} title={`Delete incident ${incident.ref}?`} styles={{ title: { fontWeight: 700 } }}>
        <Text>
          It disappears from the journal, Home, the figures and the reports{given ? `, with the ${given} given on it` : ''}. You can undo
          this for {KEEP_DELETED_DAYS} days, until {fmt.date(erasedAfter(new Date()))}, from Recently deleted in the journal; after that it
          is erased for good.
        </Text>
        <ConfirmActions error={error} keepLabel="Keep it" confirmLabel="Delete incident" onKeep={close} onConfirm={() => void confirm()} busy={busy} />
      </Modal>
    </>
  );
}
