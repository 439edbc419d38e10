import type { z } from 'zod';
import { currencyDigits, minorToDecimal } from '../../../../shared/format';
import { CSV_COLUMNS, type ExportRequest, type ExportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { dayRange } from '../figures/period';
import { getSettings } from '../repos/settings';
import { writeCsv } from './csv';
import { formatLocal } from './dates';

interface ExportRow {
  incident_id: number;
  ref: string;
  occurred_at: string;
  channel: string;
  customer_name: string | null;
  customer_phone: string | null;
  customer_email: string | null;
  what_happened: string;
  category: string | null;
  severity: number;
  root_cause: string | null;
  root_cause_group: string | null;
  handled_by: string | null;
  team_lead_present: number | null;
  resolved_at: string | null;
  follow_up_due_at: string | null;
  followed_up_at: string | null;
  score_before: number | null;
  score_after: number | null;
  outcome: string;
  internal_note: string;
  compensation_id: number | null;
  compensation_kind: string | null;
  compensation_description: string | null;
  compensation_cost: number | null;
  compensation_given_by: string | null;
  compensation_given_at: string | null;
}

const SELECT = `SELECT i.id AS incident_id, i.ref, i.occurred_at, i.channel, cu.name AS customer_name,
  cu.phone AS customer_phone, cu.email AS customer_email, i.what_happened, ca.name AS category, i.severity,
  rc.name AS root_cause, rc.cause_group AS root_cause_group, hb.name AS handled_by, i.team_lead_present,
  i.resolved_at, i.follow_up_due_at, i.followed_up_at, i.score_before, i.score_after, i.outcome, i.internal_note,
  c.id AS compensation_id, c.kind AS compensation_kind, c.description AS compensation_description,
  c.cost AS compensation_cost, gb.name AS compensation_given_by, c.given_at AS compensation_given_at
FROM incidents i
LEFT JOIN customers cu ON cu.id = i.customer_id
LEFT JOIN categories ca ON ca.id = i.category_id
LEFT JOIN root_causes rc ON rc.id = i.root_cause_id
LEFT JOIN staff hb ON hb.id = i.handled_by_id
LEFT JOIN compensations c ON c.incident_id = i.id
LEFT JOIN staff gb ON gb.id = c.given_by_id
WHERE i.occurred_at >= ? AND i.occurred_at < ?`;

const text = (v: string | number | null) => (v === null ? '' : String(v));
const local = (v: string | null) => (v === null ? '' : formatLocal(v));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every incident (by occurred_at, local days from/to) as DOMAIN.md's columns, one row per
 * compensation. Rows are ordered by the text they export, so an export imported into an empty
 * database exports again to the same bytes.
 */
export function exportCsv(db: Db, request: z.output<typeof ExportRequest>): z.output<typeof ExportResult> {
  // Stored instants are UTC ISO text: '' sorts before all of them and '~' after.
  const fromIso = request.from ? dayRange(request.from, request.from).fromIso : '';
  const toIso = request.to ? dayRange(request.to, request.to).toIso : '~';
  const digits = currencyDigits(getSettings(db).currency);
  const rows = (db.prepare(SELECT).all(fromIso, toIso) as ExportRow[]).map((r) => ({
    compensationId: r.compensation_id ?? 0,
    incidentId: r.incident_id,
    cells: [
      r.ref,
      local(r.occurred_at),
      r.channel,
      text(r.customer_name),
      text(r.customer_phone),
      text(r.customer_email),
      r.what_happened,
      text(r.category),
      String(r.severity),
      text(r.root_cause),
      text(r.root_cause_group),
      text(r.handled_by),
      r.team_lead_present === null ? '' : r.team_lead_present === 1 ? 'yes' : 'no',
      local(r.resolved_at),
      local(r.follow_up_due_at),
      local(r.followed_up_at),
      text(r.score_before),
      text(r.score_after),
      r.outcome,
      r.internal_note,
      text(r.compensation_kind),
      text(r.compensation_description),
      r.compensation_cost === null ? '' : minorToDecimal(r.compensation_cost, digits),
      text(r.compensation_given_by),
      local(r.compensation_given_at),
    ],
  }));
  const REF = 0;
  const OCCURRED = 1;
  const GIVEN_AT = CSV_COLUMNS.length - 1;
  rows.sort(
    (a, b) =>
      compare(a.cells[OCCURRED]!, b.cells[OCCURRED]!) ||
      compare(a.cells[REF]!, b.cells[REF]!) ||
      compare(a.cells[GIVEN_AT]!, b.cells[GIVEN_AT]!) ||
      a.compensationId - b.compensationId,
  );
  return {
    csv: writeCsv([CSV_COLUMNS, ...rows.map((r) => r.cells)]),
    incidents: new Set(rows.map((r) => r.incidentId)).size,
    rows: rows.length,
  };
}
