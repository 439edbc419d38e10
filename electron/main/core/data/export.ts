import { currencyDigits, minorToDecimal } from '../../../../shared/format';
import { CSV_COLUMNS, type ExportCounts, type ExportRequest } from '../../../../shared/schemas/data';
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
  compensationCode: string | null,
  compensationRedeemedAt: string | null,
];

const SELECT = `SELECT i.id AS incident_id, i.ref, i.occurred_at, i.channel, cu.name AS customer_name,
  cu.phone AS customer_phone, cu.email AS customer_email, i.what_happened, ca.name AS category, i.severity,
  rc.name AS root_cause, rc.cause_group AS root_cause_group, hb.name AS handled_by, i.team_lead_present,
  i.resolved_at, i.follow_up_due_at, i.followed_up_at, i.score_before, i.score_after, i.outcome, i.internal_note,
  c.id AS compensation_id, c.kind AS compensation_kind, c.description AS compensation_description,
  c.cost AS compensation_cost, gb.name AS compensation_given_by, c.given_at AS compensation_given_at,
  c.code AS compensation_code, c.redeemed_at AS compensation_redeemed_at
FROM incidents i
LEFT JOIN customers cu ON cu.id = i.customer_id
LEFT JOIN categories ca ON ca.id = i.category_id
LEFT JOIN root_causes rc ON rc.id = i.root_cause_id
LEFT JOIN staff hb ON hb.id = i.handled_by_id
LEFT JOIN compensations c ON c.incident_id = i.id AND c.deleted_at IS NULL
LEFT JOIN staff gb ON gb.id = c.given_by_id`;

/** Newest last, straight down the (deleted_at, occurred_at, id) index: one pass, nothing sorted by SQLite. */
const ORDERED = `${SELECT}
WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
ORDER BY i.occurred_at, i.id`;

/**
 * A local wall-clock time is never more than 14 hours from UTC either way (UTC−12 to UTC+14), so a
 * row whose instant is 28 hours before the one just read sorts, by its local text, before every
 * row still to come.
 */
const SETTLED_MS = 28 * 3600_000;
/**
 * Rows read between two sorts of what is waiting: keeps the sorting cheap, and a piece (about 65 KB)
 * under V8's large-object size, so pieces die young in every thread they cross instead of piling up
 * until a full collection (500 rows, about 140 KB a piece, cost `serve` 15 MB more at 100,000).
 */
const STEP = 250;

const text = (v: string | number | null) => (v === null ? '' : String(v));
const local = (v: string | null) => (v === null ? '' : formatLocal(v));
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Where the free-text columns sit, escaped so a spreadsheet never runs them as a formula (formula.ts). */
const FREE_TEXT_AT = CSV_COLUMNS.flatMap((c, i) => (FREE_TEXT_COLUMNS.has(c) ? [i] : []));
const GIVEN_AT = CSV_COLUMNS.indexOf('compensation_given_at');

function toCells(r: ExportRow, digits: number): string[] {
  const [
    , ref, occurredAt, channel, customerName, customerPhone, customerEmail, whatHappened, category, severity,
    rootCause, rootCauseGroup, handledBy, teamLeadPresent, resolvedAt, followUpDueAt, followedUpAt, scoreBefore, scoreAfter,
    outcome, internalNote, , compensationKind, compensationDescription, compensationCost, compensationGivenBy, compensationGivenAt,
    compensationCode, compensationRedeemedAt,
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
    text(compensationCode),
    local(compensationRedeemedAt),
  ];
  for (const i of FREE_TEXT_AT) cells[i] = escapeFormula(cells[i] as string);
  return cells;
}

interface Pending {
  at: number;
  occurred: string;
  ref: string;
  given: string;
  compensationId: number;
  incidentId: number;
  cells: string[];
}

const byText = (a: Pending, b: Pending) =>
  compare(a.occurred, b.occurred) || compare(a.ref, b.ref) || compare(a.given, b.given) || a.compensationId - b.compensationId;

/**
 * Every incident (by occurred_at, local days from/to) as docs/domain.md's columns, one row per
 * compensation, as pieces of the file's text, header first, so 100,000 incidents never sit in
 * memory at once. Rows are ordered by the text they export (local time, ref, given at), so an
 * export imported into an empty database exports again to the same bytes. They are read in UTC
 * order, which differs from local-text order only where the clock goes back (the autumn hour):
 * the last 28 hours wait, sorted, until nothing still to come can sort before them.
 */
export function* exportCsvChunks(db: Db, request: ExportRequest): Generator<string, ExportCounts> {
  // Stored instants are UTC ISO text: '' sorts before all of them and '~' after.
  const fromIso = request.from ? dayRange(request.from, request.from).fromIso : '';
  const toIso = request.to ? dayRange(request.to, request.to).toIso : '~';
  const digits = currencyDigits(getSettings(db).currency);
  let rows = 0;
  let incidents = 0;
  let lastIncident = -1;
  let waiting: Pending[] = [];
  const release = (before: number): string => {
    waiting.sort(byText);
    const ready = before === Infinity ? waiting.length : waiting.findIndex((p) => p.at >= before);
    const out = waiting.slice(0, ready === -1 ? waiting.length : ready);
    waiting = waiting.slice(out.length);
    return writeCsv(out.map((p) => p.cells));
  };
  yield writeCsv([CSV_COLUMNS]);
  for (const r of db.prepare(ORDERED).raw(true).iterate(fromIso, toIso) as IterableIterator<ExportRow>) {
    const cells = toCells(r, digits);
    const at = Date.parse(r[2]);
    waiting.push({ at, occurred: cells[1] as string, ref: cells[0] as string, given: cells[GIVEN_AT] as string, compensationId: r[21] ?? 0, incidentId: r[0], cells });
    rows += 1;
    if (r[0] !== lastIncident) incidents += 1;
    lastIncident = r[0];
    if (rows % STEP === 0) {
      const chunk = release(at - SETTLED_MS);
      if (chunk) yield chunk;
    }
  }
  const rest = release(Infinity);
  if (rest) yield rest;
  return { incidents, rows };
}

/**
 * The whole export as one text, read in one snapshot of the file: for tests and the bench, as the
 * reference the streamed file must equal byte for byte. Export CSV and `makegood export` stream
 * (exportFile.ts); nothing the app runs holds the whole text.
 */
export function exportCsv(db: Db, request: ExportRequest): ExportCounts & { csv: string } {
  return db.transaction(() => {
    const pieces: string[] = [];
    const chunks = exportCsvChunks(db, request);
    for (;;) {
      const next = chunks.next();
      if (next.done) return { csv: pieces.join(''), ...next.value };
      pieces.push(next.value);
    }
  }).deferred();
}
