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
import { useT } from '../lib/useT';

interface Props {
  incident: Pick<Incident, 'id' | 'ref'>;
  /** What was given on it, already formatted; empty when nothing was. */
  given: string;
}

export function DeleteIncidentButton({ incident, given }: Props) {
  const t = useT();
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
  const until = { days: KEEP_DELETED_DAYS, date: fmt.date(erasedAfter(new Date())) };
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        {t('incident.delete.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('incident.delete.title', { ref: incident.ref })} styles={{ title: { fontWeight: 700 } }}>
        <Text>{given ? t('incident.delete.bodyGiven', { ...until, given }) : t('incident.delete.body', until)}</Text>
        <ConfirmActions error={error} keepLabel={t('incident.delete.keep')} confirmLabel={t('incident.delete.button')} onKeep={close} onConfirm={() => void confirm()} busy={busy} />
      </Modal>
    </>
  );
}
