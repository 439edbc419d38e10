// Saving one incident's fields and steps; server messages are kept by field path to show beside it.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Step } from '../../../shared/domain';
import type { IncidentChanges, IncidentDetail } from '../../../shared/schemas/incident';
import { ApiError, call } from '../api/call';
import { keys } from '../api/keys';
import { notifyError } from '../lib/notify';

/** Issue paths of an update arrive under `changes.`; the form knows fields by their own name. */
const fieldPath = (path: string) => path.replace(/^changes\./, '');

export function useIncidentEditor(id: number) {
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [stepError, setStepError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = useCallback(
    (detail: IncidentDetail) => {
      queryClient.setQueryData(keys.incident(id), detail);
      // Lists and Home show status, severity, follow-ups: let them refetch when next seen.
      void queryClient.invalidateQueries({ queryKey: keys.incidents, predicate: (q) => q.queryKey[1] !== 'one' });
    },
    [queryClient, id],
  );

  const save = useCallback(
    async (changes: IncidentChanges): Promise<boolean> => {
      const touched = Object.keys(changes);
      try {
        apply(await call('incidents.update', { id, changes }));
        setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !touched.some((t) => k === t || k.startsWith(`${t}.`)))));
        return true;
      } catch (error) {
        const issues = error instanceof ApiError ? error.issues : [];
        if (issues.length > 0) {
          setErrors((prev) => ({ ...prev, ...Object.fromEntries(issues.map((i) => [fieldPath(i.path), i.message])) }));
        } else {
          notifyError(error, 'The change was not saved');
        }
        return false;
      }
    },
    [apply, id],
  );

  const setStep = useCallback(
    async (step: Step, done: boolean) => {
      setBusy(true);
      try {
        apply(await call('incidents.setStep', { id, step, done }));
        setStepError(null);
      } catch (error) {
        setStepError(error instanceof Error ? error.message : 'The step was not saved.');
        if (!(error instanceof ApiError) || error.code === 'INTERNAL') notifyError(error);
      } finally {
        setBusy(false);
      }
    },
    [apply, id],
  );

  return { save, errors, setStep, stepError, busy };
}

export type IncidentEditor = ReturnType<typeof useIncidentEditor>;
