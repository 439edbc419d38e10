// Saving one lesson's fields and links; messages kept by field to show beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Request } from '../../../../shared/contract';
import type { LessonDetail } from '../../../../shared/schemas/lesson';
import { ApiError } from '../../api/call';
import { callKey } from '../../api/keys';
import { useWrite } from '../../api/useCall';
import { notifyError } from '../../lib/notify';

type Changes = Request<'lessons.update'>['changes'];

export function useLessonEditor(id: number) {
  const queryClient = useQueryClient();
  const write = useWrite();
  const [errors, setErrors] = useState<Record<string, string>>({});

  /** The answer is the lesson as saved: shown at once; the lists refetch behind. */
  const first = useCallback((detail: LessonDetail) => queryClient.setQueryData(callKey('lessons.get', { id }), detail), [queryClient, id]);

  const save = useCallback(
    async (changes: Changes): Promise<boolean> => {
      try {
        await write('lessons.update', { id, changes }, { first, wait: false });
        setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !(k in changes))));
        return true;
      } catch (error) {
        const issues = error instanceof ApiError ? error.issues : [];
        if (issues.length === 0) notifyError(error, 'The change was not saved');
        setErrors((prev) => ({ ...prev, ...Object.fromEntries(issues.map((i) => [i.path.replace(/^changes\./, ''), i.message])) }));
        return false;
      }
    },
    [write, first, id],
  );

  const link = useCallback(
    async (incidentId: number, linked: boolean): Promise<boolean> => {
      try {
        await write(linked ? 'lessons.link' : 'lessons.unlink', { lessonId: id, incidentId }, { first, wait: false });
        return true;
      } catch (error) {
        notifyError(error, linked ? 'The incident was not linked' : 'The incident was not unlinked');
        return false;
      }
    },
    [write, first, id],
  );

  return { save, link, errors };
}

export type LessonEditor = ReturnType<typeof useLessonEditor>;
