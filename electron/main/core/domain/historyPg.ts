// History (history.ts) written to the shared PostgreSQL database in slices of a few thousand
// incidents: each statement is a round trip to the server, so the row-at-a-time loop SQLite runs in
// microseconds would take minutes there. Per slice: one query reserves the new rows' ids from their
// identity sequences, then one INSERT … SELECT FROM json_to_recordset per table (customers,
// incidents, compensations, the timeline). The rows, their order and every id's relative order are
// what the SQLite loop writes; the same CHECKs and triggers fire for every row.
import { endOfDay, addDays } from 'date-fns';
import type { Db } from '../db/open';
import { isBlank } from '../repos/customers';
import { getSettings } from '../repos/settings';
import type { HistoricCompensation, HistoricIncident } from './history';
import { raiseRefCounter } from './refs';
import { codeTaken, newVoucherCode } from './vouchers';

/** Incidents per slice: a slice's rows travel as one JSON text per table (about 1 MB at 2,000). */
const SLICE = 2_000;

export interface JudgedEntry {
  c: HistoricCompensation;
  mark: boolean;
}

/** One timeline line: at, kind, field, old value, new value (events.ts's columns). */
export type EventLine = [string, 'created' | 'step' | 'compensation', string | null, string | null, string | null];

/** The timeline a written incident starts with: created, each step it went through, each entry given. */
export function historyEvents(i: HistoricIncident, ref: string, entries: readonly JudgedEntry[], steps: readonly (readonly [string, keyof HistoricIncident])[]): EventLine[] {
  const lines: EventLine[] = [[i.loggedAt, 'created', null, null, ref]];
  for (const [step, field] of steps) {
    const at = i[field] as string | null;
    if (at !== null) lines.push([at, 'step', step, null, at]);
  }
  for (const { c } of entries) lines.push([c.givenAt, 'compensation', 'added', null, JSON.stringify({ kind: c.kind, cost: c.cost, description: c.description })]);
  return lines;
}

const json = (rows: unknown[]) => JSON.stringify(rows);
const inList = 'SELECT json_array_elements_text(?::json)';

/** `count` ids from each table's identity sequence, ascending, in one round trip. */
function reserveIds(db: Db, counts: Record<'customers' | 'incidents' | 'compensations' | 'incident_events', number>) {
  const take = (table: string) =>
    `(SELECT coalesce(array_agg(nextval(s.seq) ORDER BY g), '{}')::int[] FROM (SELECT pg_get_serial_sequence('${table}', 'id')::regclass AS seq) s CROSS JOIN generate_series(1, ?::int) g)`;
  const row = db
    .prepare(`SELECT ${take('customers')} AS customers, ${take('incidents')} AS incidents, ${take('compensations')} AS compensations, ${take('incident_events')} AS events`)
    .get(counts.customers, counts.incidents, counts.compensations, counts.incident_events) as Record<'customers' | 'incidents' | 'compensations' | 'events', number[]>;
  const taker = (ids: number[]) => {
    const ascending = [...ids].sort((a, b) => a - b);
    let next = 0;
    return () => ascending[next++]!;
  };
  return { customer: taker(row.customers), incident: taker(row.incidents), compensation: taker(row.compensations), event: taker(row.events) };
}

/** `count` new refs as nextRef (refs.ts) gives them one by one: past the counter, skipping any taken; the counter moves to the last. */
function nextRefs(db: Db, count: number): string[] {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'lastRefNumber'").get() as { value: string } | undefined;
  let n = row ? Number(JSON.parse(row.value)) : 0;
  const refs: string[] = [];
  while (refs.length < count) {
    const candidates = Array.from({ length: count - refs.length }, (_, k) => `MG-${n + k + 1}`);
    const taken = new Set(db.prepare(`SELECT ref FROM incidents WHERE ref IN (${inList})`).pluck().all(json(candidates)) as string[]);
    refs.push(...candidates.filter((r) => !taken.has(r)));
    n += candidates.length;
  }
  if (refs.length > 0) raiseRefCounter(db, [refs.at(-1)!]);
  return refs;
}

const INSERT_CUSTOMERS = `INSERT INTO customers (id, name, phone, email, note, created_at)
  SELECT id, name, phone, email, note, created_at FROM json_to_recordset(?::json) AS r(id integer, name text, phone text, email text, note text, created_at text)`;

const INSERT_INCIDENTS = `INSERT INTO incidents (id, ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity,
    category_id, root_cause_id, handled_by_id, team_lead_present, heard_at, empathized_at, apologized_at,
    resolved_at, diagnosed_at, follow_up_due_at, followed_up_at, score_before, score_after, outcome, internal_note)
  SELECT id, ref, occurred_at, logged_at, updated_at, channel, customer_id, what_happened, severity,
    category_id, root_cause_id, handled_by_id, team_lead_present, heard_at, empathized_at, apologized_at,
    resolved_at, diagnosed_at, follow_up_due_at, followed_up_at, score_before, score_after, outcome, internal_note
  FROM json_to_recordset(?::json) AS r(id integer, ref text, occurred_at text, logged_at text, updated_at text, channel text,
    customer_id integer, what_happened text, severity integer, category_id integer, root_cause_id integer, handled_by_id integer,
    team_lead_present integer, heard_at text, empathized_at text, apologized_at text, resolved_at text, diagnosed_at text,
    follow_up_due_at text, followed_up_at text, score_before integer, score_after integer, outcome text, internal_note text)`;

const INSERT_COMPENSATIONS = `INSERT INTO compensations (id, incident_id, kind, description, cost, given_by_id, given_at, approved_by_id,
    over_allowance_unapproved, created_at, updated_at, code, expires_at, redeemed_at)
  SELECT id, incident_id, kind, description, cost, given_by_id, given_at, approved_by_id,
    over_allowance_unapproved, created_at, updated_at, code, expires_at, redeemed_at
  FROM json_to_recordset(?::json) AS r(id integer, incident_id integer, kind text, description text, cost bigint, given_by_id integer,
    given_at text, approved_by_id integer, over_allowance_unapproved integer, created_at text, updated_at text, code text,
    expires_at text, redeemed_at text)`;

const INSERT_EVENTS = `INSERT INTO incident_events (id, incident_id, at, kind, field, old_value, new_value)
  SELECT id, incident_id, at, kind, field, old_value, new_value
  FROM json_to_recordset(?::json) AS r(id integer, incident_id integer, at text, kind text, field text, old_value text, new_value text)`;

/** Collects judged incidents and writes them a slice at a time; `end()` writes what is left. */
export class PgHistoryWriter {
  private pending: { i: HistoricIncident; entries: JudgedEntry[] }[] = [];
  private readonly validDays: number | null;
  /** Codes not to draw: the caller's (the file's own), and every code this batch gives or draws. */
  private readonly avoid: Set<string>;

  constructor(
    private readonly db: Db,
    private readonly steps: readonly (readonly [string, keyof HistoricIncident])[],
    reservedCodes: ReadonlySet<string> | undefined,
  ) {
    this.validDays = getSettings(db).voucherValidDays;
    this.avoid = new Set(reservedCodes ?? []);
  }

  write(i: HistoricIncident, entries: JudgedEntry[]): void {
    // A new ref is looked for past every ref the batch brings, so those are in the table first.
    if (i.ref === null && this.pending.some((p) => p.i.ref !== null)) this.flush();
    this.pending.push({ i, entries });
    if (this.pending.length >= SLICE) this.flush();
  }

  end(): void {
    this.flush();
  }

  private expiry(givenAt: string): string | null {
    // vouchers.ts's expiryFor, with the setting read once per batch instead of once per voucher.
    return this.validDays === null ? null : endOfDay(addDays(new Date(givenAt), this.validDays)).toISOString();
  }

  /** A code for each voucher that has none: drawn here, then checked against the table in one query. */
  private drawCodes(count: number): string[] {
    const codes = Array.from({ length: count }, () => {
      const code = newVoucherCode((c) => this.avoid.has(c));
      this.avoid.add(code);
      return code;
    });
    if (count === 0) return codes;
    const taken = new Set(this.db.prepare(`SELECT code FROM compensations WHERE code IN (${inList})`).pluck().all(json(codes)) as string[]);
    if (taken.size === 0) return codes;
    const inTable = codeTaken(this.db);
    return codes.map((code) => {
      if (!taken.has(code)) return code;
      const again = newVoucherCode((c) => this.avoid.has(c) || inTable(c));
      this.avoid.add(again);
      return again;
    });
  }

  private flush(): void {
    const slice = this.pending;
    this.pending = [];
    if (slice.length === 0) return;
    const db = this.db;
    const newRefs = nextRefs(db, slice.filter((p) => p.i.ref === null).length);
    let refAt = 0;
    const refs = slice.map((p) => p.i.ref ?? newRefs[refAt++]!);
    const given = (c: HistoricCompensation) => c.kind === 'voucher' && (c.code ?? null) !== null;
    for (const { entries } of slice) for (const { c } of entries) if (given(c)) this.avoid.add(c.code!);
    const drawn = this.drawCodes(slice.reduce((n, p) => n + p.entries.filter((e) => e.c.kind === 'voucher' && !given(e.c)).length, 0));
    let codeAt = 0;
    const events = slice.map((p, k) => historyEvents(p.i, refs[k]!, p.entries, this.steps));
    const ids = reserveIds(db, {
      customers: slice.filter((p) => p.i.customer && !isBlank(p.i.customer)).length,
      incidents: slice.length,
      compensations: slice.reduce((n, p) => n + p.entries.length, 0),
      incident_events: events.reduce((n, e) => n + e.length, 0),
    });
    const customers: unknown[] = [];
    const incidents: unknown[] = [];
    const compensations: unknown[] = [];
    const eventRows: unknown[] = [];
    slice.forEach(({ i, entries }, k) => {
      let customerId: number | null = null;
      if (i.customer && !isBlank(i.customer)) {
        customerId = ids.customer();
        const c = i.customer;
        customers.push({ id: customerId, name: c.name ?? '', phone: c.phone ?? '', email: c.email ?? '', note: c.note ?? '', created_at: i.loggedAt });
      }
      const id = ids.incident();
      incidents.push({
        id, ref: refs[k], occurred_at: i.occurredAt, logged_at: i.loggedAt, updated_at: i.updatedAt, channel: i.channel, customer_id: customerId,
        what_happened: i.whatHappened, severity: i.severity, category_id: i.categoryId, root_cause_id: i.rootCauseId, handled_by_id: i.handledById,
        team_lead_present: i.teamLeadPresent === null ? null : Number(i.teamLeadPresent), heard_at: i.heardAt, empathized_at: i.empathizedAt,
        apologized_at: i.apologizedAt, resolved_at: i.resolvedAt, diagnosed_at: i.diagnosedAt, follow_up_due_at: i.followUpDueAt,
        followed_up_at: i.followedUpAt, score_before: i.scoreBefore, score_after: i.scoreAfter, outcome: i.outcome, internal_note: i.internalNote,
      });
      for (const { c, mark } of entries) {
        const voucher = c.kind === 'voucher';
        compensations.push({
          id: ids.compensation(), incident_id: id, kind: c.kind, description: c.description, cost: c.cost, given_by_id: c.givenById,
          given_at: c.givenAt, approved_by_id: c.approvedById, over_allowance_unapproved: mark ? 1 : 0, created_at: c.givenAt, updated_at: c.givenAt,
          code: voucher ? (c.code ?? drawn[codeAt++]!) : null, expires_at: voucher ? this.expiry(c.givenAt) : null, redeemed_at: voucher ? (c.redeemedAt ?? null) : null,
        });
      }
      for (const [at, kind, field, from, to] of events[k]!) {
        eventRows.push({ id: ids.event(), incident_id: id, at, kind, field, old_value: from, new_value: to });
      }
    });
    if (customers.length > 0) db.prepare(INSERT_CUSTOMERS).run(json(customers));
    db.prepare(INSERT_INCIDENTS).run(json(incidents));
    if (compensations.length > 0) db.prepare(INSERT_COMPENSATIONS).run(json(compensations));
    db.prepare(INSERT_EVENTS).run(json(eventRows));
  }
}
