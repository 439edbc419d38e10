// Saving one lesson's fields and links; messages kept by field to show beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Request } from '../../../../shared/contract';
import type { LessonDetail } from '../../../../shared/schemas/lesson';
import { ApiError, call } from '../../api/call';
import { keys } from '../../api/keys';
import { notifyError } from '../../lib/notify';

type Changes = Request<'lessons.update'>['changes'];

export function useLessonEditor(id: number) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});

  const apply = useCallback(
    (detail: LessonDetail) => {
      queryClient.setQueryData(keys.lesson(id), detail);
      void queryClient.invalidateQueries({ queryKey: keys.lessons, predicate: (q) => q.queryKey[1] !== 'one' });
      void queryClient.invalidateQueries({ queryKey: keys.rootCauseUsage });
    },
    [queryClient, id],
  );

  const save = useCallback(
    async (changes: Changes): Promise<boolean> => {
      try {
        apply(await call('lessons.update', { id, changes }));
        setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !(k in changes))));
        return true;
      } catch (error) {
        const issues = error instanceof ApiError ? error.issues : [];
        if (issues.length === 0) notifyError(error, 'The change was not saved');
        setErrors((prev) => ({ ...prev, ...Object.fromEntries(issues.map((i) => [i.path.replace(/^changes\./, ''), i.message])) }));
        return false;
      }
    },
    [apply, id],
  );

  const link = useCallback(
    async (incidentId: number, linked: boolean): Promise<boolean> => {
      try {
        apply(await call(linked ? 'lessons.link' : 'lessons.unlink', { lessonId: id, incidentId }));
        return true;
      } catch (error) {
        notifyError(error, linked ? 'The incident was not linked' : 'The incident was not unlinked');
        return false;
      }
    },
    [apply, id],
  );

  return { save, link, errors };
}

export type LessonEditor = ReturnType<typeof useLessonEditor>;
