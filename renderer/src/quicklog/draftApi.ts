// The quick log's half-typed entry lives in the database so a crash or a closed window keeps it.
// Each counter keeps its own: on a shared database every counter reads the same drafts table, and
// one person's half-typed entry must not appear in another's quick log. A counter is this browser
// profile or app install, named once by a random id in its localStorage.
import { call } from '../api/call';
import type { Write } from '../api/useCall';
import { DRAFT_KEY, type QuickLogValues, valuesFromDraft } from './values';

const COUNTER_ID = 'makegood.counter-id';

/** This counter's draft key: `quick-log.<12 hex>` (the contract's short lowercase name). */
export function counterDraftKey(): string {
  let id = localStorage.getItem(COUNTER_ID);
  if (!id || !/^[0-9a-f]{12}$/.test(id)) {
    id = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(COUNTER_ID, id);
  }
  return `${DRAFT_KEY}.${id}`;
}

/** A draft kept before drafts were per counter (one computer, its own file) was loaded: cleared with this counter's. */
let earlierLoaded = false;

export async function loadDraft(): Promise<QuickLogValues | null> {
  const own = await call('drafts.get', { key: counterDraftKey() });
  if (own.value !== null) return valuesFromDraft(own.value);
  const earlier = await call('drafts.get', { key: DRAFT_KEY });
  earlierLoaded = earlier.value !== null;
  return valuesFromDraft(earlier.value);
}

export const saveDraft = (write: Write, v: QuickLogValues) => write('drafts.save', { key: counterDraftKey(), value: { ...v } });

export const clearDraft = async (write: Write) => {
  await write('drafts.clear', { key: counterDraftKey() });
  if (earlierLoaded) {
    earlierLoaded = false;
    await write('drafts.clear', { key: DRAFT_KEY });
  }
};
