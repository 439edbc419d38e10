import type { z } from 'zod';
import { badRequest, conflict } from '../../../../../shared/result';
import type { IncidentChanges, IncidentCreate, IncidentDetail } from '../../../../../shared/schemas/incident';
import { CLOCK_GRACE_MS, type Step } from '../../../../../shared/domain';
import { toStoredInstant } from '../../context';
import type { Db } from '../../db/open';
import { createCustomer, getCustomer, updateCustomer } from '../customers';
import { recordEvent } from './events';
import { getIncidentDetail, getIncidentRow } from './read';
import { assertReference, referenceName, type ReferenceField } from './references';
import type { IncidentDbRow } from './rows';


function assertNotFuture(field: string, label: string, value: string, now: string) {
  if (Date.parse(value) > Date.parse(now) + CLOCK_GRACE_MS) {
    const message = `${label} cannot be in the future.`;
    throw badRequest(message, [{ path: field, message }]);
  }
}

/** Refs are `MG-<n>` from a counter that only rises, so a deleted incident's ref is never reused. */
export function nextRef(db: Db): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'lastRefNumber'").get() as { value: string } | undefined;
  let n = row ? Number(JSON.parse(row.value)) : 0;
  const taken = db.prepare('SELECT 1 FROM incidents WHERE ref = ?');
  do n += 1;
  while (taken.get(`MG-${n}`));
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('lastRefNumber', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(n));
  return `MG-${n}`;
}

export function createIncident(db: Db, input: z.output<typeof IncidentCreate>, now: string): IncidentDetail {
  return db.transaction(() => {
    const occurredAt = toStoredInstant(input.occurredAt ?? now);
    assertNotFuture('occurredAt', 'When it happened', occurredAt, now);
    assertReference(db, 'categoryId', input.categoryId);
    assertReference(db, 'handledById', input.handledById);
    const customerId = createCustomer(db, input.customer, now);
    const ref = nextRef(db);
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened,
           severity, category_id, handled_by_id, team_lead_present)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ref,
        occurredAt,
        now,
        now,
        input.channel,
        customerId,
        input.whatHappened,
        input.severity,
        input.categoryId,
        input.handledById,
        input.teamLeadPresent === null ? null : Number(input.teamLeadPresent),
      );
    const id = Number(lastInsertRowid);
    recordEvent(db, id, now, 'created', null, null, ref);
    return getIncidentDetail(db, id);
  })();
}

type Changes = z.output<typeof IncidentChanges>;
type PlainField = Exclude<keyof Changes, 'customer'>;

/** How each editable field maps to its column, and how it reads in the timeline. */
const FIELDS: Record<PlainField, { column: keyof IncidentDbRow; kind: 'value' | 'instant' | 'bool' | 'json' | 'ref' }> = {
  whatHappened: { column: 'what_happened', kind: 'value' },
  occurredAt: { column: 'occurred_at', kind: 'instant' },
  channel: { column: 'channel', kind: 'value' },
  severity: { column: 'severity', kind: 'value' },
  categoryId: { column: 'category_id', kind: 'ref' },
  rootCauseId: { column: 'root_cause_id', kind: 'ref' },
  fiveWhys: { column: 'five_whys', kind: 'json' },
  handledById: { column: 'handled_by_id', kind: 'ref' },
  teamLeadPresent: { column: 'team_lead_present', kind: 'bool' },
  followUpDueAt: { column: 'follow_up_due_at', kind: 'instant' },
  followedUpAt: { column: 'followed_up_at', kind: 'instant' },
  scoreBefore: { column: 'score_before', kind: 'value' },
  scoreAfter: { column: 'score_after', kind: 'value' },
  outcome: { column: 'outcome', kind: 'value' },
  internalNote: { column: 'internal_note', kind: 'value' },
};

type DbValue = string | number | null;

function toColumnValue(kind: (typeof FIELDS)[PlainField]['kind'], value: unknown): DbValue {
  if (value === null) return null;
  switch (kind) {
    case 'instant':
      return toStoredInstant(value as string);
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify((value as string[]).filter((s) => s !== ''));
    default:
      return value as string | number;
  }
}

function eventText(db: Db, field: PlainField, kind: (typeof FIELDS)[PlainField]['kind'], value: DbValue): string | null {
  if (value === null) return null;
  if (kind === 'ref') return referenceName(db, field as ReferenceField, value as number);
  if (kind === 'bool') return value === 1 ? 'yes' : 'no';
  return String(value);
}

export function updateIncident(db: Db, id: number, changes: Changes, now: string): IncidentDetail {
  return db.transaction(() => {
    const row = getIncidentRow(db, id);
    const sets: string[] = [];
    const values: DbValue[] = [];
    for (const field of Object.keys(FIELDS) as PlainField[]) {
      const value = changes[field];
      if (value === undefined) continue;
      const { column, kind } = FIELDS[field];
      if (kind === 'ref') assertReference(db, field as ReferenceField, value as number | null);
      const next = toColumnValue(kind, value);
      if (field === 'occurredAt' || field === 'followedUpAt') {
        if (next !== null) assertNotFuture(field, field === 'occurredAt' ? 'When it happened' : 'Followed up', next as string, now);
      }
      const previous = row[column] as DbValue;
      if (next === previous) continue;
      sets.push(`${column} = ?`);
      values.push(next);
      recordEvent(db, id, now, 'changed', field, eventText(db, field, kind, previous), eventText(db, field, kind, next));
    }
    const customerEdited = changes.customer !== undefined && applyCustomer(db, row, changes.customer, now, sets, values);
    if (sets.length > 0 || customerEdited) {
      db.prepare(`UPDATE incidents SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...values, now, id);
    }
    return getIncidentDetail(db, id);
  })();
}

/** Links, unlinks or edits the incident's customer; true when anything changed. */
function applyCustomer(
  db: Db,
  row: IncidentDbRow,
  input: Changes['customer'],
  now: string,
  sets: string[],
  values: DbValue[],
): boolean {
  const current = row.customer_id === null ? null : getCustomer(db, row.customer_id);
  if (input === null || input === undefined) {
    if (current === null) return false;
    sets.push('customer_id = ?');
    values.push(null);
    recordEvent(db, row.id, now, 'changed', 'customer', current.name || 'a customer', null);
    return true;
  }
  if (current === null) {
    const newId = createCustomer(db, input, now);
    if (newId === null) return false;
    sets.push('customer_id = ?');
    values.push(newId);
    recordEvent(db, row.id, now, 'changed', 'customer', null, input.name || input.phone || input.email || 'a customer');
    return true;
  }
  const next = {
    name: input.name ?? current.name,
    phone: input.phone ?? current.phone,
    email: input.email ?? current.email,
    note: input.note ?? current.note,
  };
  let changed = false;
  for (const key of ['name', 'phone', 'email', 'note'] as const) {
    if (next[key] === current[key]) continue;
    changed = true;
    recordEvent(db, row.id, now, 'changed', `customer.${key}`, current[key] || null, next[key] || null);
  }
  if (changed) updateCustomer(db, current.id, next);
  return changed;
}

const STEP_COLUMNS: Record<Step, keyof IncidentDbRow> = {
  heard: 'heard_at',
  empathized: 'empathized_at',
  apologized: 'apologized_at',
  resolved: 'resolved_at',
  diagnosed: 'diagnosed_at',
};

/** Marks a H.E.A.R.D. step done (stamping now, once) or not done. */
export function setStep(db: Db, id: number, step: Step, done: boolean, now: string): IncidentDetail {
  return db.transaction(() => {
    const row = getIncidentRow(db, id);
    const column = STEP_COLUMNS[step];
    const current = row[column] as string | null;
    if (done === (current !== null)) return getIncidentDetail(db, id);
    if (done && step === 'diagnosed' && row.root_cause_id === null) {
      throw conflict('Pick a root cause before marking Diagnose done.');
    }
    db.prepare(`UPDATE incidents SET ${column} = ?, updated_at = ? WHERE id = ?`).run(done ? now : null, now, id);
    recordEvent(db, id, now, 'step', step, current, done ? now : null);
    return getIncidentDetail(db, id);
  })();
}
