// Once the shared database answers again, saves each incident the quick log kept on this computer
// while it could not (offline.ts), once, and says so: "Saved MG-1234 that you logged while offline".
import { notifications } from '@mantine/notifications';
import { createElement, useEffect, useRef, useSyncExternalStore } from 'react';
import { ApiError, call, errorMessage } from '../api/call';
import { useUnreachable } from '../api/reachability';
import { type Write, useWrite } from '../api/useCall';
import { Say } from '../lib/Say';
import { clearDraft, loadDraft } from './draftApi';
import { exclusively, forgetKept, keepDraftHere, keptCount, keptIncidents, onKeptChange } from './offline';
import { showSavedOffline } from './showSaved';
import type { QuickLogValues } from './values';

export function useOfflineSaves(): void {
  const unreachable = useUnreachable();
  const waiting = useSyncExternalStore(onKeptChange, keptCount);
  const write = useWrite();
  const running = useRef(false);
  useEffect(() => {
    if (unreachable || waiting === 0 || running.current) return;
    running.current = true;
    void exclusively(() => saveKept(write)).finally(() => {
      running.current = false;
    });
  }, [unreachable, waiting, write]);
}

async function saveKept(write: Write): Promise<void> {
  let here: string | null = null;
  // Read again inside the lock: another tab may have saved some already.
  for (const kept of keptIncidents()) {
    try {
      if (kept.databasePath) {
        here ??= (await call('app.info', {})).databasePath;
        if (here !== kept.databasePath) continue; // Meant for another database: it waits for that one.
      }
      const created = await write('incidents.create', kept.request, { wait: false });
      forgetKept(kept.id);
      showSavedOffline(created.incident.id, created.incident.ref);
      await clearItsServerDraft(write, kept.values);
    } catch (error) {
      // Still out of reach: kept, and tried again when the connection returns.
      if (error instanceof ApiError && error.code === 'UNAVAILABLE') return;
      // Refused (someone since removed from the staff list, …): back into the quick log, so nothing typed is lost.
      forgetKept(kept.id);
      keepDraftHere(kept.values);
      notifications.show({
        color: 'red',
        title: createElement(Say, { id: 'quicklog.offlineRefused.title' }),
        message: createElement(Say, { id: 'quicklog.offlineRefused.message', values: { error: errorMessage(error) } }),
        autoClose: false,
      });
    }
  }
}

/** The server's draft of the quick log, if it is this entry as it was before the connection went: gone with it. */
async function clearItsServerDraft(write: Write, saved: QuickLogValues): Promise<void> {
  try {
    const draft = await loadDraft();
    const earlier = draft?.whatHappened.trim() ?? '';
    if (earlier !== '' && saved.whatHappened.trim().startsWith(earlier)) await clearDraft(write);
  } catch {
    // A stale draft is only a nuisance; the incident is saved.
  }
}
