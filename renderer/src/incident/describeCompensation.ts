// Compensation events in plain words: "Refund $12.50 given", "Voucher changed: $10.00 → $15.00", "Refund removed", "Refund $12.50 restored".
import type { CompensationKind } from '../../../shared/domain';
import { KIND } from '../../../shared/i18n/labelIds';
import type { useT } from '../lib/useT';

/** A screen's `t` (useT), or any function that says a message the same way. */
export type Translate = ReturnType<typeof useT>;

interface Entry {
  kind: string;
  cost: number | null;
  description: string;
}

/** The event's JSON, read defensively: an unreadable value is described without it, never thrown. */
function entryOf(raw: string | null): Entry | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    return {
      kind: typeof v.kind === 'string' ? v.kind : '',
      cost: typeof v.cost === 'number' && Number.isInteger(v.cost) ? v.cost : null,
      description: typeof v.description === 'string' ? v.description : '',
    };
  } catch {
    return null;
  }
}


export function describeCompensation(field: string, from: string | null, to: string | null, money: (minor: number) => string, t: Translate): string {
  const kindLabel = (kind: string | undefined) => t(kind && Object.hasOwn(KIND, kind) ? KIND[kind as CompensationKind] : 'incident.compensation.kind');
  const before = entryOf(from);
  const after = entryOf(to);
  if (field === 'added' || field === 'restored') {
    const kind = kindLabel(after?.kind);
    const cost = after?.cost;
    if (typeof cost !== 'number') return t(field === 'added' ? 'incident.compensation.givenNoAmount' : 'incident.compensation.restoredNoAmount', { kind });
    return t(field === 'added' ? 'incident.compensation.given' : 'incident.compensation.restored', { kind, amount: money(cost) });
  }
  if (field === 'removed') return t('incident.compensation.removed', { kind: kindLabel(before?.kind) });
  const kind = kindLabel(after?.kind ?? before?.kind);
  if (!before || !after) return t('incident.compensation.changed', { kind });
  const parts: string[] = [];
  if (before.kind !== after.kind) parts.push(`${kindLabel(before.kind)} → ${kindLabel(after.kind)}`);
  if (before.cost !== null && after.cost !== null && before.cost !== after.cost) parts.push(`${money(before.cost)} → ${money(after.cost)}`);
  if (before.description !== after.description) parts.push(t('incident.compensation.descriptionEdited'));
  return parts.length > 0 ? t('incident.compensation.changedHow', { kind, changes: parts.join(', ') }) : t('incident.compensation.changed', { kind });
}
