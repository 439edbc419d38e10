// Diagnose from the list: the same two writes as the incident page (the cause, then the Diagnose step),
// the row leaving at once so the next key already lands on the next incident.
import { useCallback, useState } from 'react';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useT } from '../lib/useT';
import type { QueueItem } from './DiagnoseRow';

export function useDiagnoseInline() {
  const t = useT();
  const write = useWrite();
  // Rows diagnosed here, hidden until the queue refetches without them (or shown again if the write failed).
  const [gone, setGone] = useState<ReadonlySet<number>>(new Set());
  const [last, setLast] = useState<string | null>(null);

  const diagnose = useCallback(
    async (item: QueueItem, rootCauseId: number, causeName: string) => {
      setGone((prev) => new Set(prev).add(item.id));
      try {
        // The row's last change goes with each write: one changed on another counter since the list
        // was read is refused ("changed on another counter: reload"), not overwritten.
        let updatedAt = item.updatedAt;
        if (rootCauseId !== item.rootCauseId) ({ updatedAt } = (await write('incidents.update', { id: item.id, changes: { rootCauseId }, updatedAt }, { wait: false })).incident);
        await write('incidents.setStep', { id: item.id, step: 'diagnosed', done: true, updatedAt }, { wait: false });
        setLast(t('diagnose.done', { ref: item.ref, cause: causeName }));
      } catch (error) {
        setGone((prev) => {
          const next = new Set(prev);
          next.delete(item.id);
          return next;
        });
        notifyError(error, t('diagnose.failed', { ref: item.ref }));
      }
    },
    [write, t],
  );

  return { gone, last, diagnose };
}
