// The quick log's half-typed entry lives on the server so a crash or a closed window keeps it.
import { call } from '../api/call';
import type { Write } from '../api/useCall';
import { DRAFT_KEY, type QuickLogValues, valuesFromDraft } from './values';

export async function loadDraft(): Promise<QuickLogValues | null> {
  const res = await call('drafts.get', { key: DRAFT_KEY });
  return valuesFromDraft(res.value);
}

export const saveDraft = (write: Write, v: QuickLogValues) => write('drafts.save', { key: DRAFT_KEY, value: { ...v } });
export const clearDraft = (write: Write) => write('drafts.clear', { key: DRAFT_KEY });
