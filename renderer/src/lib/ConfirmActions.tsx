// The foot of every "are you sure?" dialog: what went wrong, if anything, then the safe choice
// (focused, so Enter keeps things as they are) beside the red one.
import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../api/call';

interface Props {
  error: string | null | undefined;
  keepLabel: string;
  confirmLabel: string;
  onKeep: () => void;
  onConfirm: () => void;
  busy: boolean;
  disabled?: boolean;
}

export function ConfirmActions({ error, keepLabel, confirmLabel, onKeep, onConfirm, busy, disabled = false }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onKeep} data-autofocus>
          {keepLabel}
        </Button>
        <Button color="red" onClick={onConfirm} loading={busy} disabled={disabled}>
          {confirmLabel}
        </Button>
      </Group>
    </>
  );
}

/** A confirmation's state: busy while its action runs, the error shown if it fails, closed when it succeeds. */
export function useConfirm(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, close, run };
}
