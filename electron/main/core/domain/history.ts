// Whole incidents that already happened, written in one batch: a CSV import of an old log, or the
// demo's year. They keep the rules of rules.ts like a form's edit does; where history differs (an
// entry past an allowance that nobody approved, a giver who has left) the source's policy says
// what happens (policy.ts). The checks are one code for both engines; the rows are written by
// SQLite's prepared-statement loop or PostgreSQL's slices (historyPg.ts), the same rows either way.
import type { Channel, CompensationKind, Outcome, Severity } from '../../../../shared/domain';
import { AppError } from '../../../../shared/result';
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { AllowanceLedger } from './allowance';
import { createCustomer } from './customers';
import { recordEvent } from './events';
import { holdDayTotals } from './dayTotals';
import { PgHistoryWriter, type JudgedEntry } from './historyPg';
import type { Policy } from './policy';
import { nextRef, raiseRefCounter } from './refs';
import { isBeforeIncident, isFuture } from './rules';
import { statement } from './statements';
import { codeTaken, expiryFor, newVoucherCode } from './vouchers';

export interface HistoricCompensation {
  kind: CompensationKind;
  description: string;
  cost: number;
  givenById: number | null;
  givenAt: string;
  approvedById: number | null;
  /** A voucher's code as the source holds it; null or absent: a voucher gets a new one (vouchers.ts). */
  code?: string | null;
  redeemedAt?: string | null;
}

export interface HistoricIncident {
  /** Kept as the incident's reference; null gets the next `MG-<n>`. */
  ref: string | null;
  occurredAt: string;
  loggedAt: string;
  updatedAt: string;
  channel: Channel;
  customer: { name: string; phone: string; email: string; note: string } | null;
  whatHappened: string;
  severity: Severity;
  categoryId: number | null;
  rootCauseId: number | null;
  handledById: number | null;
  teamLeadPresent: boolean | null;
  heardAt: string | null;
  empathizedAt: string | null;
  apologizedAt: string | null;
  resolvedAt: string | null;
  diagnosedAt: string | null;
  followUpDueAt: string | null;
  followedUpAt: string | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
  outcome: Outcome;
  internalNote: string;
  compensations: HistoricCompensation[];
}

export interface HistoryWritten {
  incidents: number;
  compensations: number;
  /** Entries kept past an allowance with nobody's approval (policy `mark`). */
  overAllowanceUnapproved: number;
}

const STEPS = [
  ['heard', 'heardAt'],
  ['empathized', 'empathizedAt'],
  ['apologized', 'apologizedAt'],
  ['resolved', 'resolvedAt'],
  ['diagnosed', 'diagnosedAt'],
] as const;

/** "MG-12 (when) cannot be written: <reason>.", the reason one of historicProblem's clauses. */
const refused = ({ ref, occurredAt }: HistoricIncident, reason: string) =>
  new AppError(
    'BAD_REQUEST',
    ref === null ? say('records.history.refusedNoRef', { occurredAt, reason }) : say('records.history.refused', { ref, occurredAt, reason }),
  );

/** The rules of rules.ts, for a whole incident at once; a reason, or null when it keeps them all. */
export function historicProblem(i: HistoricIncident, policy: Policy, now: string): string | null {
  if (i.diagnosedAt !== null && i.rootCauseId === null) return say('records.history.diagnosedNoCause');
  if (policy.future === 'refuse') {
    const times = [i.occurredAt, ...STEPS.map(([, f]) => i[f]), i.followedUpAt, ...i.compensations.map((c) => c.givenAt)];
    if (times.some((t) => t !== null && isFuture(t, now))) return say('records.history.future');
  }
  const early = i.compensations.find((c) => isBeforeIncident(c.givenAt, i.occurredAt));
  if (early) return say('records.history.givenEarly', { kind: early.kind });
  if (i.compensations.some((c) => c.approvedById !== null && c.approvedById === c.givenById)) return say('records.history.selfApproval');
  if (i.compensations.some((c) => c.kind !== 'voucher' && (c.code ?? c.redeemedAt ?? null) !== null)) return say('records.history.codeNotVoucher');
  if (i.compensations.some((c) => (c.redeemedAt ?? null) !== null && c.redeemedAt! < c.givenAt)) return say('records.history.redeemedBeforeGiven');
  return null;
}

/**
 * The incident's entries in date order, so "past the allowance" counts what the person had given
 * before that day, each with whether it is marked "over allowance, not approved"; throws where the
 * policy refuses an entry past the allowance that nobody approved.
 */
function judgeEntries(i: HistoricIncident, ledger: AllowanceLedger, policy: Policy): JudgedEntry[] {
  return [...i.compensations]
    .sort((a, b) => a.givenAt.localeCompare(b.givenAt))
    .map((c) => {
      const over = c.givenById !== null && ledger.add(c.givenById, c.givenAt, c.cost).overAllowance && c.approvedById === null;
      if (over && policy.overAllowance === 'refuse') {
        throw refused(i, say('records.history.overAllowance', { kind: c.kind }));
      }
      return { c, mark: over && policy.overAllowance === 'mark' };
    });
}

/**
 * SQLite's writer: each incident's rows at once, through statements prepared once, so 100,000
 * incidents take seconds. (PostgreSQL's, historyPg.ts, writes the same rows a slice at a time.)
 */
function sqliteWriter(db: Db, reservedCodes: ReadonlySet<string> | undefined) {
  const insertIncident = statement(
    db,
    `INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity,
       category_id, root_cause_id, handled_by_id, team_lead_present, heard_at, empathized_at, apologized_at,
       resolved_at, diagnosed_at, follow_up_due_at, followed_up_at, score_before, score_after, outcome, internal_note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCompensation = statement(
    db,
    `INSERT INTO compensations (incident_id, kind, description, cost, given_by_id, given_at, approved_by_id,
       over_allowance_unapproved, created_at, updated_at, code, expires_at, redeemed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // A voucher without a code gets one nobody has, nor any code the rest of the batch brings.
  const taken = codeTaken(db);
  const newCode = () => newVoucherCode((code) => taken(code) || (reservedCodes?.has(code) ?? false));
  // The day tables take the slice's rows at its end, grouped, not a trigger a row (dayTotals.ts).
  const addDayTotals = holdDayTotals(db);
  return {
    write(i: HistoricIncident, entries: JudgedEntry[]): void {
      const ref = i.ref ?? nextRef(db);
      const customerId = createCustomer(db, i.customer, i.loggedAt);
      const id = Number(
        insertIncident.run(ref, i.occurredAt, i.loggedAt, i.updatedAt, i.channel, customerId, i.whatHappened, i.severity,
          i.categoryId, i.rootCauseId, i.handledById, i.teamLeadPresent === null ? null : Number(i.teamLeadPresent),
          i.heardAt, i.empathizedAt, i.apologizedAt, i.resolvedAt, i.diagnosedAt, i.followUpDueAt, i.followedUpAt,
          i.scoreBefore, i.scoreAfter, i.outcome, i.internalNote).lastInsertRowid,
      );
      recordEvent(db, id, i.loggedAt, 'created', null, null, ref);
      for (const [step, field] of STEPS) {
        const at = i[field];
        if (at !== null) recordEvent(db, id, at, 'step', step, null, at);
      }
      for (const { c, mark } of entries) {
        const voucher = c.kind === 'voucher';
        insertCompensation.run(id, c.kind, c.description, c.cost, c.givenById, c.givenAt, c.approvedById, mark ? 1 : 0, c.givenAt, c.givenAt,
          voucher ? (c.code ?? newCode()) : null, voucher ? expiryFor(db, c.givenAt) : null, voucher ? (c.redeemedAt ?? null) : null);
        recordEvent(db, id, c.givenAt, 'compensation', 'added', null, JSON.stringify({ kind: c.kind, cost: c.cost, description: c.description }));
      }
    },
    end(): void {
      addDayTotals();
    },
  };
}

/**
 * Writes `incidents` inside the caller's transaction (or its own): those with a ref first, then
 * those that get a new one, so a new ref never takes one the batch uses. Throws, writing nothing,
 * on the first incident that breaks a rule; callers check first (the import reports each row).
 */
export function writeHistory(
  db: Db,
  incidents: readonly HistoricIncident[],
  policy: Policy,
  now: string,
  { dryRun = false, ledger: given, reservedCodes }: { dryRun?: boolean; ledger?: AllowanceLedger; reservedCodes?: ReadonlySet<string> } = {},
): HistoryWritten {
  return db.transaction(() => {
    // A dry run in parts (a large import's check) carries one ledger across them, so what one part
    // gave counts against the allowance in the next as it would in the database.
    const ledger = given ?? new AllowanceLedger(db);
    const written: HistoryWritten = { incidents: 0, compensations: 0, overAllowanceUnapproved: 0 };
    const write = dryRun ? null : isPostgres(db) ? new PgHistoryWriter(db, STEPS, reservedCodes) : sqliteWriter(db, reservedCodes);
    const ordered = [...incidents.filter((i) => i.ref !== null), ...incidents.filter((i) => i.ref === null)];
    for (const i of ordered) {
      const problem = historicProblem(i, policy, now);
      if (problem) throw refused(i, problem);
      const entries = judgeEntries(i, ledger, policy);
      written.incidents += 1;
      written.compensations += entries.length;
      written.overAllowanceUnapproved += entries.filter((e) => e.mark).length;
      write?.write(i, entries);
    }
    write?.end();
    if (!dryRun) raiseRefCounter(db, incidents.map((i) => i.ref));
    return written;
  })();
}
