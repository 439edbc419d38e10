// Saving one incident's fields and steps; server messages are kept by field path to show beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Step } from '../../../shared/domain';
import type { IncidentChanges, IncidentDetail } from '../../../shared/schemas/incident';
import { ApiError, reload as reloadQuery } from '../api/call';
import { callKey } from '../api/keys';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { isStale, notifyStale } from '../lib/stale';
import { useT } from '../lib/useT';

/** Issue paths of an update arrive under `changes.`; the form knows fields by their own name. */
const fieldPath = (path: string) => path.replace(/^changes\./, '');

export function useIncidentEditor(id: number) {
  const t = useT();
  const queryClient = useQueryClient();
  const write = useWrite();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stepError, setStepError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The answer is the incident as saved: shown at once; the lists refetch behind, so the next key is not kept waiting. */
  const first = useCallback((detail: IncidentDetail) => queryClient.setQueryData(callKey('incidents.get', { id }), detail), [queryClient, id]);
  /** The incident's updatedAt as this screen shows it: sent with each edit, so one made on a stale copy is refused. */
  const shownAt = useCallback(() => queryClient.getQueryData<IncidentDetail>(callKey('incidents.get', { id }))?.incident.updatedAt, [queryClient, id]);
  const reload = useCallback(() => reloadQuery(queryClient, 'incidents.get', { id }), [queryClient, id]);
  // One edit at a time: the next is sent with the updatedAt the previous one's answer brought.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inTurn = useCallback(<T,>(step: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(step, step);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const save = useCallback(
    async (changes: IncidentChanges): Promise<boolean> => {
      const touched = Object.keys(changes);
      try {
        await inTurn(() => write('incidents.update', { id, changes, updatedAt: shownAt() }, { first, wait: false }));
        setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !touched.some((t) => k === t || k.startsWith(`${t}.`)))));
        return true;
      } catch (error) {
        if (isStale(error)) {
          notifyStale(error, reload);
          return false;
        }
        const issues = error instanceof ApiError ? error.issues : [];
        if (issues.length > 0) {
          setErrors((prev) => ({ ...prev, ...Object.fromEntries(issues.map((i) => [fieldPath(i.path), i.message])) }));
        } else {
          notifyError(error, t('incident.editor.notSaved'));
        }
        return false;
      }
    },
    [write, first, id, inTurn, shownAt, reload, t],
  );

  const setStep = useCallback(
    async (step: Step, done: boolean) => {
      setBusy(true);
      try {
        await inTurn(() => write('incidents.setStep', { id, step, done, updatedAt: shownAt() }, { first, wait: false }));
        setStepError(null);
      } catch (error) {
        if (isStale(error)) notifyStale(error, reload);
        setStepError(error instanceof Error ? error.message : t('incident.editor.stepNotSaved'));
        if (!(error instanceof ApiError) || error.code === 'INTERNAL') notifyError(error);
      } finally {
        setBusy(false);
      }
    },
    [write, first, id, inTurn, shownAt, reload, t],
  );

  return { save, errors, setStep, stepError, busy };
}

export type IncidentEditor = ReturnType<typeof useIncidentEditor>;
