// Brings back a waiting draft when the quick log opens, unless the user has already started typing.
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useEffectEvent, useState } from 'react';
import { loadDraft } from './draftApi';
import { draftKeptHere } from './offline';
import { hasContent, type QuickLogValues } from './values';

export function useRestoreDraft(form: UseFormReturnType<QuickLogValues>) {
  const [restored, setRestored] = useState<QuickLogValues | null>(null);
  const [ready, setReady] = useState(false);
  const apply = useEffectEvent((draft: QuickLogValues | null) => {
    if (draft && hasContent(draft) && !form.isDirty() && !hasContent(form.getValues())) {
      form.setValues(draft);
      form.resetDirty(draft);
      setRestored(draft);
    }
    setReady(true);
  });
  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .catch(() => null) // Without a readable draft, start blank rather than block the counter.
      .then((draft) => {
        // One typed while the shared database was out of reach is the newer.
        if (!cancelled) apply(draftKeptHere() ?? draft);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  /** `restored`: the draft brought back, which the server already holds. */
  return { restored, ready };
}
