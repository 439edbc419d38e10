// What was given to make it right: add, change, remove (softly) and restore an entry, from the app.
// Imports and the demo write entries through history.ts; both keep the same rules.
import type { z } from 'zod';
import { AppError, conflict, notFound } from '../../../../shared/result';
import type { Compensation, CompensationAdd, CompensationUpdate } from '../../../../shared/schemas/compensation';
import { toStoredInstant } from '../context';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { COMPENSATION_COLUMNS, type CompensationRow, toCompensation } from '../repos/compensations';
import { allowanceWords, checkAllowance, staffRow } from './allowance';
import { recordEvent } from './events';
import { POLICIES } from './policy';
import { fieldError, isBeforeIncident, isFuture } from './rules';
import { assertFresh } from './stale';
import { statement } from './statements';
import { codeFor, expiryFor } from './vouchers';

/** A compensation that has not been removed; a removed one can only be restored. */
function getRow(db: Db, id: number): CompensationRow {
  const row = statement(db, `SELECT ${COMPENSATION_COLUMNS} FROM compensations WHERE id = ? AND deleted_at IS NULL`).get(id) as
    | CompensationRow
    | undefined;
  if (!row) throw notFound('compensation', id);
  return row;
}

interface Entry {
  incidentId: number;
  kind: Compensation['kind'];
  description: string;
  cost: number;
  givenById: number;
  givenAt: string;
  approvedById: number | null;
}

/** What bends for an entry typed in the app: nothing (policy.ts). */
const APP = POLICIES.app;

/** Every rule an entry from the app must meet before it is written; throws a sentence naming the field. */
function validate(db: Db, entry: Entry, now: string, options: { excludeId?: number; giverChanged: boolean }) {
  const incident = statement(db, 'SELECT ref, occurred_at, deleted_at FROM incidents WHERE id = ?').get(entry.incidentId) as
    | { ref: string; occurred_at: string; deleted_at: string | null }
    | undefined;
  if (!incident) throw fieldError('incidentId', say('records.missing.incident', { id: String(entry.incidentId) }));
  if (incident.deleted_at !== null) throw fieldError('incidentId', say('records.compensation.incidentDeleted', { ref: incident.ref }));
  const giver = staffRow(db, entry.givenById, 'givenById');
  if (APP.inactiveGiver === 'refuse' && options.giverChanged && giver.active === 0) {
    throw fieldError('givenById', say('records.compensation.giverInactive', { name: giver.name }));
  }
  if (APP.future === 'refuse' && isFuture(entry.givenAt, now)) throw fieldError('givenAt', say('records.compensation.givenAtFuture'));
  if (isBeforeIncident(entry.givenAt, incident.occurred_at)) {
    throw fieldError('givenAt', say('records.compensation.givenAtBeforeIncident'));
  }
  if (entry.approvedById !== null) {
    const approver = staffRow(db, entry.approvedById, 'approvedById');
    if (approver.id === giver.id) throw fieldError('approvedById', say('records.compensation.selfApproval', { name: giver.name }));
  }
  const check = checkAllowance(db, entry.givenById, entry.cost, entry.givenAt, options.excludeId);
  if (APP.overAllowance === 'refuse' && check.needsApproval && entry.approvedById === null) {
    const sentence = say('records.compensation.whoApproved', { allowance: allowanceWords(db, check, now) });
    throw new AppError('CONFLICT', sentence, [{ path: 'approvedById', message: sentence }]);
  }
}

const eventJson = (e: Pick<Entry, 'kind' | 'cost' | 'description'>) =>
  JSON.stringify({ kind: e.kind, cost: e.cost, description: e.description });

const touchIncident = (db: Db, incidentId: number, now: string) =>
  statement(db, 'UPDATE incidents SET updated_at = ? WHERE id = ?').run(now, incidentId);

/** A voucher's code and expiry, drawn when it is given; [null, null] for any other kind. */
const voucherColumns = (db: Db, entry: Pick<Entry, 'kind' | 'givenAt'>): [string | null, string | null] =>
  entry.kind === 'voucher' ? [codeFor(db), expiryFor(db, entry.givenAt)] : [null, null];

/**
 * The code columns after an edit: a voucher keeps its code; an entry that becomes a voucher gets
 * one; a voucher that becomes something else drops it, unless it was already redeemed.
 */
function voucherAfterEdit(db: Db, row: CompensationRow, entry: Entry): [string | null, string | null, string | null] {
  if (entry.kind === 'voucher') {
    return row.code !== null ? [row.code, row.expires_at, row.redeemed_at] : [codeFor(db), expiryFor(db, entry.givenAt), null];
  }
  if (row.redeemed_at !== null) {
    throw fieldError('kind', say('records.compensation.redeemedKind', { code: row.code ?? '', kind: entry.kind }));
  }
  return [null, null, null];
}

export function addCompensation(db: Db, input: z.output<typeof CompensationAdd>, now: string): Compensation {
  return db.transaction(() => {
    const entry: Entry = { ...input, givenAt: toStoredInstant(input.givenAt ?? now) };
    validate(db, entry, now, { giverChanged: true });
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO compensations (incident_id, kind, description, cost, given_by_id, given_at, approved_by_id,
         created_at, updated_at, code, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(entry.incidentId, entry.kind, entry.description, entry.cost, entry.givenById, entry.givenAt, entry.approvedById, now, now,
      ...voucherColumns(db, entry));
    recordEvent(db, entry.incidentId, now, 'compensation', 'added', null, eventJson(entry));
    touchIncident(db, entry.incidentId, now);
    return toCompensation(getRow(db, Number(lastInsertRowid)));
  })();
}

/**
 * An edit in the app meets today's rules: an imported entry marked "over allowance, not approved"
 * keeps its mark until someone edits it, and then needs an approver if it is still past the allowance.
 */
export function updateCompensation(db: Db, input: z.output<typeof CompensationUpdate>, now: string): Compensation {
  return db.transaction(() => {
    const row = getRow(db, input.id);
    assertFresh('compensation', row.updated_at, input.updatedAt);
    const c = input.changes;
    if (row.given_by_id === null && c.givenById === undefined) {
      throw fieldError('givenById', say('records.compensation.chooseGiver'));
    }
    const entry: Entry = {
      incidentId: row.incident_id,
      kind: c.kind ?? row.kind,
      description: c.description ?? row.description,
      cost: c.cost ?? row.cost,
      givenById: c.givenById ?? (row.given_by_id as number),
      givenAt: c.givenAt === undefined ? row.given_at : toStoredInstant(c.givenAt),
      approvedById: c.approvedById === undefined ? row.approved_by_id : c.approvedById,
    };
    validate(db, entry, now, { excludeId: row.id, giverChanged: entry.givenById !== row.given_by_id });
    const [code, expiresAt, redeemedAt] = voucherAfterEdit(db, row, entry);
    statement(
      db,
      `UPDATE compensations SET kind = ?, description = ?, cost = ?, given_by_id = ?, given_at = ?, approved_by_id = ?,
         over_allowance_unapproved = 0, updated_at = ?, code = ?, expires_at = ?, redeemed_at = ? WHERE id = ?`,
    ).run(entry.kind, entry.description, entry.cost, entry.givenById, entry.givenAt, entry.approvedById, now, code, expiresAt, redeemedAt, row.id);
    const before = eventJson(row);
    const after = eventJson(entry);
    if (before !== after) recordEvent(db, row.incident_id, now, 'compensation', 'changed', before, after);
    touchIncident(db, row.incident_id, now);
    return toCompensation(getRow(db, row.id));
  })();
}

/** Removes an entry softly: it stops counting at once and can be restored for a while (KEEP_DELETED_DAYS). */
export function removeCompensation(db: Db, id: number, now: string): void {
  db.transaction(() => {
    const row = getRow(db, id);
    statement(db, 'UPDATE compensations SET deleted_at = ? WHERE id = ?').run(now, id);
    recordEvent(db, row.incident_id, now, 'compensation', 'removed', eventJson(row), null);
    touchIncident(db, row.incident_id, now);
  })();
}

/**
 * Brings a removed entry back as it was, if it still fits: its incident is there, and it is
 * still valid against what changed meanwhile (the incident's time, the giver's allowance).
 */
export function restoreCompensation(db: Db, id: number, now: string): Compensation {
  return db.transaction(() => {
    const row = statement(db, `SELECT ${COMPENSATION_COLUMNS}, deleted_at, deleted_with_incident FROM compensations WHERE id = ?`).get(id) as
      | (CompensationRow & { deleted_at: string | null; deleted_with_incident: number })
      | undefined;
    if (!row) throw notFound('compensation', id);
    // Each sentence names the entry by its kind ("This refund …"), in the words of each language.
    const kind = row.kind;
    if (row.deleted_at === null) throw conflict(say('records.compensation.notRemoved', { kind }));
    const incident = statement(db, 'SELECT ref, occurred_at, deleted_at FROM incidents WHERE id = ?').get(row.incident_id) as {
      ref: string;
      occurred_at: string;
      deleted_at: string | null;
    };
    if (incident.deleted_at !== null || row.deleted_with_incident === 1) {
      throw conflict(say('records.compensation.onDeletedIncident', { kind, ref: incident.ref }));
    }
    if (isBeforeIncident(row.given_at, incident.occurred_at)) {
      throw conflict(say('records.compensation.beforeIncident', { kind, ref: incident.ref }));
    }
    if (row.given_by_id !== null && row.approved_by_id === null && row.over_allowance_unapproved === 0) {
      // Others may have given since, so the entry may no longer fit the giver's allowance.
      const check = checkAllowance(db, row.given_by_id, row.cost, row.given_at, id);
      if (check.needsApproval) {
        throw conflict(say('records.compensation.overAllowance', { kind, allowance: allowanceWords(db, check, now) }));
      }
    }
    statement(db, 'UPDATE compensations SET deleted_at = NULL WHERE id = ?').run(id);
    recordEvent(db, row.incident_id, now, 'compensation', 'restored', null, eventJson(row));
    touchIncident(db, row.incident_id, now);
    return toCompensation(row);
  })();
}
