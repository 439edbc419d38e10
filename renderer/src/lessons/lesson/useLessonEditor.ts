// Saving one lesson's fields and links; messages kept by field to show beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Request } from '../../../../shared/contract';
import type { LessonDetail } from '../../../../shared/schemas/lesson';
import { ApiError, reload as reloadQuery } from '../../api/call';
import { callKey } from '../../api/keys';
import { useWrite } from '../../api/useCall';
import { notifyError } from '../../lib/notify';
import { useT } from '../../lib/useT';
import { isStale, notifyStale } from '../../lib/stale';

type Changes = Request<'lessons.update'>['changes'];

export function useLessonEditor(id: number) {
  const queryClient = useQueryClient();
  const write = useWrite();
  const t = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});

  /** The answer is the lesson as saved: shown at once; the lists refetch behind. */
  const first = useCallback((detail: LessonDetail) => queryClient.setQueryData(callKey('lessons.get', { id }), detail), [queryClient, id]);
  /** The lesson's updatedAt as this screen shows it: sent with each edit, so one made on a stale copy is refused. */
  const shownAt = useCallback(() => queryClient.getQueryData<LessonDetail>(callKey('lessons.get', { id }))?.lesson.updatedAt, [queryClient, id]);
  const reload = useCallback(() => reloadQuery(queryClient, 'lessons.get', { id }), [queryClient, id]);
  // One edit at a time: the next is sent with the updatedAt the previous one's answer brought.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = useCallback(
    async (changes: Changes): Promise<boolean> => {
      try {
        const send = () => write('lessons.update', { id, changes, updatedAt: shownAt() }, { first, wait: false });
        const sent = queue.current.then(send, send);
        queue.current = sent.catch(() => undefined);
        await sent;
        setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !(k in changes))));
        return true;
      } catch (error) {
        if (isStale(error)) {
          notifyStale(error, reload);
          return false;
        }
        const issues = error instanceof ApiError ? error.issues : [];
        if (issues.length === 0) notifyError(error, t('lessons.edit.notSaved'));
        setErrors((prev) => ({ ...prev, ...Object.fromEntries(issues.map((i) => [i.path.replace(/^changes\./, ''), i.message])) }));
        return false;
      }
    },
    [write, first, id, shownAt, reload, t],
  );

  const link = useCallback(
    async (incidentId: number, linked: boolean): Promise<boolean> => {
      try {
        await write(linked ? 'lessons.link' : 'lessons.unlink', { lessonId: id, incidentId }, { first, wait: false });
        return true;
      } catch (error) {
        notifyError(error, linked ? t('lessons.edit.notLinked') : t('lessons.edit.notUnlinked'));
        return false;
      }
    },
    [write, first, id, t],
  );

  return { save, link, errors };
}

export type LessonEditor = ReturnType<typeof useLessonEditor>;
