// "Followed up" from Home: the same domain command as the incident page's button, with Undo.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { showUndo } from '../lib/undo';
import { useT } from '../lib/useT';

interface Props {
  /** updatedAt: the row as Home read it; a row changed on another counter since is refused, not overwritten. */
  incident: { id: number; ref: string; updatedAt?: string };
}

export function MarkFollowedUpButton({ incident }: Props) {
  const t = useT();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const mark = async () => {
    setBusy(true);
    try {
      const marked = await write('incidents.update', { id: incident.id, changes: { followedUpAt: new Date().toISOString() }, updatedAt: incident.updatedAt });
      showUndo({
        id: `followed-up-${incident.id}`,
        title: t('followups.mark'),
        message: t('followups.mark.done', { ref: incident.ref }),
        undoLabel: t('followups.mark.undo', { ref: incident.ref }),
        onUndo: async () => {
          await write('incidents.update', { id: incident.id, changes: { followedUpAt: null }, updatedAt: marked.incident.updatedAt });
        },
      });
    } catch (error) {
      notifyError(error, t('followups.mark.failed'));
      setBusy(false);
    }
  };
  return (
    <Button color="teal" variant="light" size="sm" loading={busy} onClick={() => void mark()} aria-label={t('followups.mark.label', { ref: incident.ref })}>
      {t('followups.mark')}
    </Button>
  );
}
