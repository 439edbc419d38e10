// Commands on an incident from the app: log it, edit it, tick a H.E.A.R.D. step. Imports and the
// demo write whole historic incidents through history.ts, under the same rules (rules.ts).
import type { z } from 'zod';
import type { IncidentChanges, IncidentCreate, IncidentDetail } from '../../../../shared/schemas/incident';
import type { CompensationKind, Step } from '../../../../shared/domain';
import { formatDateTime } from '../../../../shared/format';
import { conflict } from '../../../../shared/result';
import { toStoredInstant } from '../context';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { getCustomer } from '../repos/customers';
import { getIncidentDetail, getIncidentRow } from '../repos/incidents/read';
import { getSettings } from '../repos/settings';
import { assertReference, referenceName, type ReferenceField } from '../repos/incidents/references';
import type { IncidentDbRow } from '../repos/incidents/rows';
import { createCustomer, unlinkCustomer, updateCustomer } from './customers';
import { recordEvent } from './events';
import { nextRef } from './refs';
import { assertDiagnosable, assertNotFuture, isBeforeIncident } from './rules';
import { assertFresh } from './stale';
import { statement } from './statements';

export function createIncident(db: Db, input: z.output<typeof IncidentCreate>, now: string): IncidentDetail {
  return db.transaction(() => {
    // Saved already (its answer lost with the connection): that incident, not a second one.
    const saved = input.saveKey === undefined ? undefined : (statement(db, 'SELECT id FROM incidents WHERE save_key = ?').pluck().get(input.saveKey) as number | undefined);
    if (saved !== undefined) return getIncidentDetail(db, saved);
    const occurredAt = toStoredInstant(input.occurredAt ?? now);
    assertNotFuture('occurredAt', occurredAt, now);
    assertReference(db, 'categoryId', input.categoryId);
    assertReference(db, 'handledById', input.handledById);
    const customerId = createCustomer(db, input.customer, now);
    const ref = nextRef(db);
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened,
         severity, category_id, handled_by_id, team_lead_present, save_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
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
      input.saveKey ?? null,
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

/** The incident cannot move to after something given for it: name the first entry it would leave behind. */
function assertNotAfterCompensations(db: Db, id: number, occurredAt: string): void {
  const rows = statement(db, 'SELECT kind, given_at FROM compensations WHERE incident_id = ? AND deleted_at IS NULL ORDER BY given_at').all(id) as {
    kind: CompensationKind;
    given_at: string;
  }[];
  const first = rows.find((r) => isBeforeIncident(r.given_at, occurredAt));
  if (first) {
    const when = formatDateTime(first.given_at, getSettings(db));
    throw conflict(say('records.incident.givenEarlier', { kind: first.kind, when }));
  }
}

export function updateIncident(db: Db, id: number, changes: Changes, now: string, readAt?: string): IncidentDetail {
  return db.transaction(() => {
    const row = getIncidentRow(db, id);
    assertFresh('incident', row.updated_at, readAt);
    const sets: string[] = [];
    const values: DbValue[] = [];
    for (const field of Object.keys(FIELDS) as PlainField[]) {
      const value = changes[field];
      if (value === undefined) continue;
      const { column, kind } = FIELDS[field];
      if (kind === 'ref') assertReference(db, field as ReferenceField, value as number | null);
      const next = toColumnValue(kind, value);
      if (field === 'occurredAt' || field === 'followedUpAt') {
        if (next !== null) assertNotFuture(field, next as string, now);
      }
      if (field === 'occurredAt' && next !== row.occurred_at) assertNotAfterCompensations(db, id, next as string);
      const previous = row[column] as DbValue;
      if (next === previous) continue;
      sets.push(`${column} = ?`);
      values.push(next);
      recordEvent(db, id, now, 'changed', field, eventText(db, field, kind, previous), eventText(db, field, kind, next));
    }
    // Diagnosed means a cause was found: taking the cause away takes the incident back to To diagnose.
    if (changes.rootCauseId === null && row.diagnosed_at !== null) {
      sets.push('diagnosed_at = ?');
      values.push(null);
      recordEvent(db, id, now, 'step', 'diagnosed', row.diagnosed_at, null);
    }
    const customerEdited = changes.customer !== undefined && applyCustomer(db, row, changes.customer, now, sets, values);
    if (sets.length > 0 || customerEdited) {
      db.prepare(`UPDATE incidents SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...values, now, id);
    }
    if (changes.customer === null && row.customer_id !== null) unlinkCustomer(db, row.customer_id);
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

export const STEP_COLUMNS: Record<Step, keyof IncidentDbRow> = {
  heard: 'heard_at',
  empathized: 'empathized_at',
  apologized: 'apologized_at',
  resolved: 'resolved_at',
  diagnosed: 'diagnosed_at',
};

/** Marks a H.E.A.R.D. step done (stamping now, once) or not done. */
export function setStep(db: Db, id: number, step: Step, done: boolean, now: string, readAt?: string): IncidentDetail {
  return db.transaction(() => {
    const row = getIncidentRow(db, id);
    assertFresh('incident', row.updated_at, readAt);
    const column = STEP_COLUMNS[step];
    const current = row[column] as string | null;
    if (done === (current !== null)) return getIncidentDetail(db, id);
    if (done && step === 'diagnosed') assertDiagnosable(row.root_cause_id);
    db.prepare(`UPDATE incidents SET ${column} = ?, updated_at = ? WHERE id = ?`).run(done ? now : null, now, id);
    recordEvent(db, id, now, 'step', step, current, done ? now : null);
    return getIncidentDetail(db, id);
  })();
}
