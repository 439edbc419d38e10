// Who is at the counter: remembered on this computer, per data file, and the quick log's default "handled by".
import { useCallback, useSyncExternalStore } from 'react';
import type { StaffMember } from '../../../shared/schemas/settings';
import { useStaff } from '../api/lookups';
import { useCall } from '../api/useCall';

const STORE_PREFIX = 'makegood.atCounter:';
const CHANGED = 'makegood:at-counter-changed';

function readId(key: string | null): number | null {
  if (key === null) return null;
  try {
    const n = Number(localStorage.getItem(key) ?? Number.NaN);
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null; // Storage refused (private window, policy): nobody remembered.
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange); // another window of the same app
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

export interface CounterPerson {
  /** The person at the counter, if one is set and still active. */
  person: StaffMember | null;
  /** Active staff, in the list's order. */
  staff: StaffMember[];
  /** False until the data file and the staff list are known. */
  ready: boolean;
  set: (id: number | null) => void;
}

export function useCounterPerson(): CounterPerson {
  const { data: info } = useCall('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const { data: staff } = useStaff();
  // Two files opened on one computer have different staff: one memory per file.
  const key = info?.databasePath ? STORE_PREFIX + info.databasePath : null;
  const storedId = useSyncExternalStore(subscribe, () => readId(key));
  const active = (staff ?? []).filter((s) => s.active);
  const person = active.find((s) => s.id === storedId) ?? null;
  const set = useCallback(
    (id: number | null) => {
      if (key === null) return;
      try {
        if (id === null) localStorage.removeItem(key);
        else localStorage.setItem(key, String(id));
      } catch {
        return;
      }
      window.dispatchEvent(new Event(CHANGED));
    },
    [key],
  );
  return { person, staff: active, ready: key !== null && staff !== undefined, set };
}
