// "Deleted. Undo": shown right after something is deleted, with the Undo button focused so Enter
// takes it back at once. It keeps its own timer because Mantine pauses auto-close on focus only in
// its stacked layout: this one waits while it has the focus or the pointer, and Escape dismisses it.
import { Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { notifyError } from './notify';
import { Say } from './Say';
import { useT } from './useT';

/** Long enough to read the sentence and reach for the key. */
export const UNDO_SECONDS = 10;

interface UndoOptions {
  /** Stable per deleted thing, so a second deletion of the same thing replaces the first note. */
  id: string;
  title: string;
  message: string;
  /** Accessible name of the button, e.g. "Undo deleting incident MG-3"; it starts with "Undo". */
  undoLabel: string;
  onUndo: () => Promise<void>;
}

function UndoMessage({ id, message, undoLabel, onUndo }: Omit<UndoOptions, 'title'>) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const [busy, setBusy] = useState(false);
  const paused = held.focus || held.pointer || busy;

  // After the confirmation dialog has closed and handed focus back (Mantine waits 10 ms).
  useEffect(() => {
    const timer = window.setTimeout(() => button.current?.focus(), 50);
    return () => window.clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => notifications.hide(id), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [paused, id]);

  const undo = async () => {
    setBusy(true);
    try {
      await onUndo();
    } catch (error) {
      notifyError(error, t('lib.undo.failed'));
    } finally {
      notifications.hide(id);
    }
  };
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      // Room for the focus ring: the notification clips what overflows it.
      p={4}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld((h) => ({ ...h, focus: false }));
      }}
      onMouseEnter={() => setHeld((h) => ({ ...h, pointer: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, pointer: false }))}
      onKeyDown={(e) => {
        if (e.key === 'Escape') notifications.hide(id);
      }}
    >
      <Text size="sm">{message}</Text>
      <Button ref={button} variant="light" size="md" onClick={() => void undo()} loading={busy} aria-label={undoLabel}>
        {t('lib.undo.undo')}
      </Button>
    </Group>
  );
}

export function showUndo({ id, title, ...rest }: UndoOptions) {
  notifications.hide(id);
  notifications.show({
    id,
    title,
    color: 'gray',
    autoClose: false,
    withCloseButton: true,
    // Named by its words, drawn where the notification is, in the shop's language.
    closeButtonProps: {
      children: (
        <VisuallyHidden>
          <Say id="lib.undo.dismiss" />
        </VisuallyHidden>
      ),
    },
    message: <UndoMessage id={id} {...rest} />,
  });
}
