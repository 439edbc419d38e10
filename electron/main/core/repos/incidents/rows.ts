import type { Incident, IncidentRow } from '../../../../../shared/schemas/incident';
import type { Customer } from '../../../../../shared/schemas/incident';
import { Instant } from '../../../../../shared/schemas/common';

/** An `incidents` row as SQLite returns it. */
export interface IncidentDbRow {
  id: number;
  ref: string;
  occurred_at: string;
  logged_at: string;
  updated_at: string;
  channel: Incident['channel'];
  customer_id: number | null;
  what_happened: string;
  severity: Incident['severity'];
  category_id: number | null;
  root_cause_id: number | null;
  five_whys: string;
  handled_by_id: number | null;
  team_lead_present: number | null;
  heard_at: string | null;
  empathized_at: string | null;
  apologized_at: string | null;
  resolved_at: string | null;
  diagnosed_at: string | null;
  follow_up_due_at: string | null;
  followed_up_at: string | null;
  score_before: number | null;
  score_after: number | null;
  outcome: Incident['outcome'];
  internal_note: string;
  status: Incident['status'];
}

export const INCIDENT_COLUMNS = `id, ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened,
  severity, category_id, root_cause_id, five_whys, handled_by_id, team_lead_present, heard_at, empathized_at,
  apologized_at, resolved_at, diagnosed_at, follow_up_due_at, followed_up_at, score_before, score_after, outcome,
  internal_note, status`;

export function toIncident(r: IncidentDbRow, customer: Customer | null): Incident {
  return {
    id: r.id,
    ref: r.ref,
    occurredAt: r.occurred_at,
    loggedAt: r.logged_at,
    updatedAt: r.updated_at,
    channel: r.channel,
    whatHappened: r.what_happened,
    severity: r.severity,
    categoryId: r.category_id,
    rootCauseId: r.root_cause_id,
    fiveWhys: JSON.parse(r.five_whys) as string[],
    handledById: r.handled_by_id,
    teamLeadPresent: r.team_lead_present === null ? null : r.team_lead_present === 1,
    heardAt: r.heard_at,
    empathizedAt: r.empathized_at,
    apologizedAt: r.apologized_at,
    resolvedAt: r.resolved_at,
    diagnosedAt: r.diagnosed_at,
    followUpDueAt: r.follow_up_due_at,
    followedUpAt: r.followed_up_at,
    scoreBefore: r.score_before,
    scoreAfter: r.score_after,
    outcome: r.outcome,
    internalNote: r.internal_note,
    status: r.status,
    customer,
  };
}

/** The journal's columns: a shortened text, and the customer's name joined in. */
export const LIST_COLUMNS = `i.id, i.ref, i.occurred_at, i.channel, i.severity, i.category_id, i.root_cause_id,
  i.handled_by_id, i.status, substr(i.what_happened, 1, 160) AS summary, coalesce(c.name, '') AS customer_name,
  i.follow_up_due_at, i.followed_up_at, i.outcome, i.internal_note, i.updated_at,
  (SELECT coalesce(sum(k.cost), 0) FROM compensations k WHERE k.incident_id = i.id AND k.deleted_at IS NULL) AS compensation_total`;

export interface ListDbRow {
  id: number;
  ref: string;
  occurred_at: string;
  channel: IncidentRow['channel'];
  severity: IncidentRow['severity'];
  category_id: number | null;
  root_cause_id: number | null;
  handled_by_id: number | null;
  status: IncidentRow['status'];
  summary: string;
  customer_name: string;
  follow_up_due_at: string | null;
  followed_up_at: string | null;
  outcome: NonNullable<IncidentRow['outcome']>;
  internal_note: string;
  updated_at: string;
  compensation_total: number;
}

export const toListRow = (r: ListDbRow): IncidentRow => ({
  id: r.id,
  ref: r.ref,
  occurredAt: r.occurred_at,
  channel: r.channel,
  severity: r.severity,
  categoryId: r.category_id,
  rootCauseId: r.root_cause_id,
  handledById: r.handled_by_id,
  status: r.status,
  summary: r.summary,
  customerName: r.customer_name,
  followUpDueAt: r.follow_up_due_at,
  followedUpAt: r.followed_up_at,
  outcome: r.outcome,
  compensationTotal: r.compensation_total,
  internalNote: r.internal_note,
  // Only a well-formed one goes back as a stale check: a file written by hand may hold anything here.
  ...(Instant.safeParse(r.updated_at).success ? { updatedAt: r.updated_at } : {}),
});
