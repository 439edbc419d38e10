// Saves the half-typed entry ~300 ms after the last keystroke, and clears it once nothing typed is left.
// Only what was typed counts: an untouched form (or a default filled in for it) writes nothing and says nothing.
// While the shared database cannot be reached, the draft is kept on this computer instead (offline.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/call';
import { isUnreachable } from '../api/reachability';
import { useWrite } from '../api/useCall';
import { clearDraft, saveDraft } from './draftApi';
import { keepDraftHere } from './offline';
import { hasContent, type QuickLogValues } from './values';

export type DraftState = 'idle' | 'saving' | 'saved' | 'kept' | 'failed';

const DELAY_MS = 300;

/** The same values give the same text whatever order their keys were set in. */
const stable = (v: QuickLogValues) => JSON.stringify(v, Object.keys(v).sort());

/**
 * @param held the draft the server already holds for this form (the one it was restored from), if any.
 */
export function useDraftAutosave(values: QuickLogValues, enabled: boolean, held: QuickLogValues | null) {
  const write = useWrite();
  const [state, setState] = useState<DraftState>('idle');
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<(() => void) | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const stopped = useRef(false);
  // What the server holds for this form: null for nothing worth keeping.
  const stored = useRef<string | null | undefined>(undefined);
  const json = stable(values);
  const heldJson = held && hasContent(held) ? stable(held) : null;

  // Closed with Esc mid-word: keep what was typed up to the last key. (Declared first: its clean-up runs
  // before the one below forgets the pending save.)
  useEffect(
    () => () => {
      if (!stopped.current) pending.current?.();
    },
    [],
  );

  useEffect(() => {
    if (!enabled || stopped.current) return;
    const v = JSON.parse(json) as QuickLogValues;
    const next = hasContent(v) ? json : null;
    if (next === (stored.current === undefined ? heldJson : stored.current)) return;
    const send = () => {
      pending.current = null;
      if (stopped.current) return;
      stored.current = next;
      const keepHere = () => {
        keepDraftHere(next ? v : null);
        setState('kept');
      };
      if (isUnreachable()) {
        keepHere();
        return;
      }
      setState('saving');
      inFlight.current = (next ? saveDraft(write, v) : clearDraft(write)).then(
        () => {
          // The server has the latest now; a copy kept here while it was away is older.
          keepDraftHere(null);
          setState('saved');
        },
        (error: unknown) => (error instanceof ApiError && error.code === 'UNAVAILABLE' ? keepHere() : setState('failed')),
      );
    };
    pending.current = send;
    timer.current = window.setTimeout(send, DELAY_MS);
    return () => {
      window.clearTimeout(timer.current);
      pending.current = null;
    };
  }, [json, heldJson, enabled, write]);

  /** No more saves from this form (it is being discarded or saved), then wait for one already sent. */
  const stop = useCallback(() => {
    stopped.current = true;
    window.clearTimeout(timer.current);
    pending.current = null;
    return inFlight.current.catch(() => undefined);
  }, []);
  return { state, stop };
}
