// Compensation events in plain words: "Refund $12.50 given", "Voucher changed: $10.00 → $15.00", "Refund removed", "Refund $12.50 restored".
import { COMPENSATION_KIND_LABELS, type CompensationKind } from '../../../shared/domain';

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

const kindLabel = (kind: string | undefined) => COMPENSATION_KIND_LABELS[kind as CompensationKind] ?? 'Compensation';

export function describeCompensation(field: string, from: string | null, to: string | null, money: (minor: number) => string): string {
  const before = entryOf(from);
  const after = entryOf(to);
  if (field === 'added') {
    const cost = after?.cost;
    return `${kindLabel(after?.kind)}${typeof cost === 'number' ? ` ${money(cost)}` : ''} given`;
  }
  if (field === 'removed') return `${kindLabel(before?.kind)} removed`;
  if (field === 'restored') return `${kindLabel(after?.kind)}${typeof after?.cost === 'number' ? ` ${money(after.cost)}` : ''} restored`;
  const name = kindLabel(after?.kind ?? before?.kind);
  if (!before || !after) return `${name} changed`;
  const parts: string[] = [];
  if (before.kind !== after.kind) parts.push(`${kindLabel(before.kind)} → ${kindLabel(after.kind)}`);
  if (before.cost !== null && after.cost !== null && before.cost !== after.cost) parts.push(`${money(before.cost)} → ${money(after.cost)}`);
  if (before.description !== after.description) parts.push('description edited');
  return parts.length > 0 ? `${name} changed: ${parts.join(', ')}` : `${name} changed`;
}
