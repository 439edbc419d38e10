// The foot of every "are you sure?" dialog: what went wrong, if anything, then the safe choice
// (focused, so Enter keeps things as they are) beside the red one.
import { Alert, Button, Group } from '@mantine/core';

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
