// The quick log while the shared database cannot be reached: the entry being typed, and the
// incidents saved meanwhile, are kept in this computer's localStorage, and each kept incident is
// saved once when the connection returns (useOfflineSaves.ts). Nothing else is kept or queued.
import type { IncidentCreate } from '../../../shared/schemas/incident';
import { type QuickLogValues, valuesFromDraft } from './values';

const DRAFT_STORE = 'makegood.quickLog.draft';
const KEPT_STORE = 'makegood.quickLog.keptOffline';

export interface KeptIncident {
  /** This computer's name for it, to take it off the list once saved. */
  id: string;
  values: QuickLogValues;
  /** Made when Save was pressed, so the time it happened is the one typed then. */
  request: IncidentCreate;
  keptAt: string;
  /** The database it was meant for, when known: never saved into another. */
  databasePath: string | null;
}

function read<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

/** The entry typed while unreachable; null clears it. */
export function keepDraftHere(values: QuickLogValues | null): void {
  if (values) localStorage.setItem(DRAFT_STORE, JSON.stringify(values));
  else localStorage.removeItem(DRAFT_STORE);
}

export const draftKeptHere = (): QuickLogValues | null => valuesFromDraft(read<Record<string, unknown>>(DRAFT_STORE));

export function keptIncidents(): KeptIncident[] {
  const list = read<KeptIncident[]>(KEPT_STORE);
  return Array.isArray(list) ? list.filter((k) => k && typeof k.id === 'string' && k.request) : [];
}

const listeners = new Set<() => void>();

function writeKept(list: KeptIncident[]): void {
  if (list.length === 0) localStorage.removeItem(KEPT_STORE);
  else localStorage.setItem(KEPT_STORE, JSON.stringify(list));
  for (const listener of listeners) listener();
}

/** How many incidents wait here; with onKeptChange, a store for useSyncExternalStore. */
export const keptCount = () => keptIncidents().length;

export function onKeptChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** A save's key (IncidentCreate.saveKey): 128 random bits, from a source any page has, secure or not. */
export function newSaveKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Saved while unreachable: kept here until the connection returns. */
export function keepIncidentHere(values: QuickLogValues, request: IncidentCreate, databasePath: string | null): void {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  writeKept([...keptIncidents(), { id, values, request, keptAt: new Date().toISOString(), databasePath }]);
  keepDraftHere(null);
}

export function forgetKept(id: string): void {
  writeKept(keptIncidents().filter((k) => k.id !== id));
}

/**
 * Runs `fn` with no other tab of this app running it at once (two tabs of one `serve` share this
 * localStorage, and each kept incident must be saved once).
 */
export function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('makegood.quickLog.keptOffline', fn) as Promise<T>) : fn();
}
