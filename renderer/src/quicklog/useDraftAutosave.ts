// Saves the half-typed entry ~300 ms after the last keystroke; an empty form clears it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useWrite } from '../api/useCall';
import { clearDraft, saveDraft } from './draftApi';
import { hasContent, type QuickLogValues } from './values';

export type DraftState = 'idle' | 'saving' | 'saved' | 'failed';

export function useDraftAutosave(values: QuickLogValues, enabled: boolean) {
  const write = useWrite();
  const [state, setState] = useState<DraftState>('idle');
  const first = useRef(true);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const json = JSON.stringify(values);

  useEffect(() => {
    // The values the form opened with are already stored (or blank): nothing to save yet.
    if (first.current) {
      first.current = false;
      return;
    }
    if (!enabled) return;
    const timer = window.setTimeout(() => {
      const v = JSON.parse(json) as QuickLogValues;
      setState('saving');
      const p = (hasContent(v) ? saveDraft(write, v) : clearDraft(write)).then(
        () => setState('saved'),
        () => setState('failed'),
      );
      inFlight.current = p;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [json, enabled, write]);

  /** Wait for a save already sent, so a later clear cannot be overtaken by it. */
  const settle = useCallback(() => inFlight.current.catch(() => undefined), []);
  return { state, settle };
}
