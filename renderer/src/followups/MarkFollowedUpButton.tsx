// "Followed up" from Home: the same domain command as the incident page's button, with Undo.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { showUndo } from '../lib/undo';

interface Props {
  /** updatedAt: the row as Home read it; a row changed on another counter since is refused, not overwritten. */
  incident: { id: number; ref: string; updatedAt?: string };
}

export function MarkFollowedUpButton({ incident }: Props) {
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const mark = async () => {
    setBusy(true);
    try {
      const marked = await write('incidents.update', { id: incident.id, changes: { followedUpAt: new Date().toISOString() }, updatedAt: incident.updatedAt });
      showUndo({
        id: `followed-up-${incident.id}`,
        title: 'Followed up',
        message: `${incident.ref} is marked followed up.`,
        undoLabel: `Undo marking ${incident.ref} followed up`,
        onUndo: async () => {
          await write('incidents.update', { id: incident.id, changes: { followedUpAt: null }, updatedAt: marked.incident.updatedAt });
        },
      });
    } catch (error) {
      notifyError(error, 'Not marked followed up');
      setBusy(false);
    }
  };
  return (
    <Button color="teal" variant="light" size="sm" loading={busy} onClick={() => void mark()} aria-label={`Mark ${incident.ref} followed up`}>
      Followed up
    </Button>
  );
}
