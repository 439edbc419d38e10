import type { z } from 'zod';
import { currencyDigits, minorToDecimal } from '../../../../shared/format';
import { CSV_COLUMNS, type ExportRequest, type ExportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { dayRange } from '../figures/period';
import { getSettings } from '../repos/settings';
import { writeCsv } from './csv';
import { formatLocal } from './dates';
import { escapeFormula, FREE_TEXT_COLUMNS } from './formula';

/** One row of SELECT below, read as an array (better-sqlite3's raw mode): 100,000 objects cost more. */
type ExportRow = [
  incidentId: number,
  ref: string,
  occurredAt: string,
  channel: string,
  customerName: string | null,
  customerPhone: string | null,
  customerEmail: string | null,
  whatHappened: string,
  category: string | null,
  severity: number,
  rootCause: string | null,
  rootCauseGroup: string | null,
  handledBy: string | null,
  teamLeadPresent: number | null,
  resolvedAt: string | null,
  followUpDueAt: string | null,
  followedUpAt: string | null,
  scoreBefore: number | null,
  scoreAfter: number | null,
  outcome: string,
  internalNote: string,
  compensationId: number | null,
  compensationKind: string | null,
  compensationDescription: string | null,
  compensationCost: number | null,
  compensationGivenBy: string | null,
  compensationGivenAt: string | null,
];

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
LEFT JOIN compensations c ON c.incident_id = i.id AND c.deleted_at IS NULL
LEFT JOIN staff gb ON gb.id = c.given_by_id
WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?`;

const text = (v: string | number | null) => (v === null ? '' : String(v));
const local = (v: string | null) => (v === null ? '' : formatLocal(v));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Where the free-text columns sit, escaped so a spreadsheet never runs them as a formula (formula.ts). */
const FREE_TEXT_AT = CSV_COLUMNS.flatMap((c, i) => (FREE_TEXT_COLUMNS.has(c) ? [i] : []));

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
  const read = db.prepare(SELECT).raw(true).all(fromIso, toIso) as ExportRow[];
  const rows = read.map((r) => {
    const [
      incidentId, ref, occurredAt, channel, customerName, customerPhone, customerEmail, whatHappened, category, severity,
      rootCause, rootCauseGroup, handledBy, teamLeadPresent, resolvedAt, followUpDueAt, followedUpAt, scoreBefore, scoreAfter,
      outcome, internalNote, compensationId, compensationKind, compensationDescription, compensationCost, compensationGivenBy,
      compensationGivenAt,
    ] = r;
    const cells = [
      ref,
      local(occurredAt),
      channel,
      text(customerName),
      text(customerPhone),
      text(customerEmail),
      whatHappened,
      text(category),
      String(severity),
      text(rootCause),
      text(rootCauseGroup),
      text(handledBy),
      teamLeadPresent === null ? '' : teamLeadPresent === 1 ? 'yes' : 'no',
      local(resolvedAt),
      local(followUpDueAt),
      local(followedUpAt),
      text(scoreBefore),
      text(scoreAfter),
      outcome,
      internalNote,
      text(compensationKind),
      text(compensationDescription),
      compensationCost === null ? '' : minorToDecimal(compensationCost, digits),
      text(compensationGivenBy),
      local(compensationGivenAt),
    ];
    for (const i of FREE_TEXT_AT) cells[i] = escapeFormula(cells[i] as string);
    return { compensationId: compensationId ?? 0, incidentId, cells };
  });
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
