import { CLOCK_GRACE_MINUTES, CLOCK_GRACE_MS, type CauseGroup, type Channel, type CompensationKind, type Outcome, type Severity } from '../../../../shared/domain';
import type { CsvColumn, ImportField } from '../../../../shared/schemas/data';
import { CompensationAdd } from '../../../../shared/schemas/compensation';
import { CustomerInput, IncidentChanges, IncidentCreate } from '../../../../shared/schemas/incident';
import { CategoryCreate, RootCauseCreate, StaffCreate } from '../../../../shared/schemas/settings';
import { isPlainText, untypableMessage } from '../../../../shared/schemas/common';
import { ellipsize } from '../../../../shared/text';
import { FREE_TEXT_COLUMNS, unescapeFormula } from './formula';
import type { DateOrder } from './dateOrder';
import type { DecimalMark } from './amounts';
import { cellText, isBlank } from './cells';
import type { Cell, SourceRow } from './sources/types';
import type { ResolvedColumns } from './columns';
import type { ImportProblem } from './problems';
import { readVoucherCode, voucherCellsProblem } from './voucherCells';
import { say } from '../i18n/speak';
import {
  CellError,
  check,
  readChannel,
  readCost,
  readGroup,
  readInstant,
  readKind,
  readOutcome,
  readScore,
  readSeverity,
  readYesNo,
} from './values';

/** An incident's columns as read from one row, keyed by the canonical column. */
export interface IncidentValues {
  occurred_at: string;
  channel: Channel;
  customer_name: string;
  customer_phone: string;
  customer_email: string;
  what_happened: string;
  category: string | null;
  severity: Severity;
  root_cause: string | null;
  root_cause_group: CauseGroup | null;
  handled_by: string | null;
  team_lead_present: boolean | null;
  resolved_at: string | null;
  follow_up_due_at: string | null;
  followed_up_at: string | null;
  score_before: number | null;
  score_after: number | null;
  outcome: Outcome;
  internal_note: string;
}
export const INCIDENT_COLUMNS = [
  'occurred_at', 'channel', 'customer_name', 'customer_phone', 'customer_email', 'what_happened', 'category',
  'severity', 'root_cause', 'root_cause_group', 'handled_by', 'team_lead_present', 'resolved_at', 'follow_up_due_at',
  'followed_up_at', 'score_before', 'score_after', 'outcome', 'internal_note',
] as const satisfies readonly (keyof IncidentValues & CsvColumn)[];

export interface CompensationValues {
  kind: CompensationKind;
  description: string;
  cost: number;
  given_by: string | null;
  /** Null: the incident's resolved_at, else its occurred_at (givenAtOf). */
  given_at: string | null;
  /** A voucher's code as the file gives it (null: a voucher gets a new one), and when it came back. */
  code: string | null;
  redeemed_at: string | null;
}

/** docs/domain.md: a compensation's given_at defaults to the incident's resolved_at, else its occurred_at. */
export const givenAtOf = (c: CompensationValues, i: IncidentValues): string => c.given_at ?? i.resolved_at ?? i.occurred_at;

export interface ReadRow {
  line: number;
  ref: string | null;
  /** Null when the row has a problem. */
  incident: IncidentValues | null;
  compensation: CompensationValues | null;
  problems: ImportProblem[];
}

export interface ReadOptions {
  /** How day-month dates are read: settled by the file or chosen; null reads only dates that read one way. */
  dateOrder: DateOrder | null;
  currency: string;
  locale: string;
  now: Date;
  /** The decimal mark the file's amounts use, when known (DecimalMarkDetector), for "1,234". */
  decimalMark?: DecimalMark | null;
  /** "Past incidents that were dealt with": resolved when they happened, where the file says nothing. */
  historic?: boolean;
}

/** A ref as a row gives it (trimmed text, a workbook's number as written), or null for none. */
export function refText(cell: Cell | undefined): string | null {
  const text = cell === undefined ? '' : cellText(cell);
  return text === '' ? null : text;
}

/** A compensation's cells besides its cost: filled without a cost, they are a row problem (readRow). */
const COMPENSATION_DETAILS = [
  'compensation_kind', 'compensation_description', 'compensation_given_by', 'compensation_given_at', 'compensation_code', 'compensation_redeemed_at',
] as const;

const nameOrNull = (schema: Parameters<typeof check>[0]) => (text: string) => (text === '' ? null : (check(schema, text) as string));

/** One row → the incident and compensation it describes, or the reason for each cell it cannot read. */
export function readRow(record: SourceRow, columns: ResolvedColumns, o: ReadOptions): ReadRow {
  const problems: ImportProblem[] = [];
  // Where each cell's problem sits in the file, so a row's problems read left to right.
  const order = new Map<ImportProblem, number>();
  const width = columns.headers;
  if (record.cells.slice(width).some((c) => cellText(c) !== '')) {
    problems.push({
      line: record.line,
      column: null,
      reason: say('importing.row.tooManyCells', { cells: String(record.cells.length), header: String(width) }),
    });
  }
  const raw = (column: ImportField): Cell => {
    const at = columns.index[column];
    return at === undefined ? null : (record.cells[at] ?? null);
  };
  const cell = (column: CsvColumn) => {
    const text = cellText(raw(column));
    // Free text comes back exactly as it was before the export guarded it against formulas.
    return FREE_TEXT_COLUMNS.has(column) ? unescapeFormula(text) : text;
  };
  const named = (column: CsvColumn) => columns.mapping[column] ?? column;
  const problem = (column: CsvColumn, reason: string) => {
    problems.push({ line: record.line, column: named(column), reason });
    order.set(problems.at(-1)!, columns.index[column] ?? 0);
  };
  // Columns whose cell could not be read: a rule across cells is checked only on cells that were.
  const failed = new Set<CsvColumn>();
  function attempt<T>(column: CsvColumn, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problem(column, error.message);
      failed.add(column);
      return fallback;
    }
  }
  /** A cell read as text (a workbook's number or date as written). */
  const read = <T>(column: CsvColumn, fn: (text: string) => T, fallback: T): T => attempt(column, () => fn(cell(column)), fallback);
  /** A cell read as what it is (a workbook's number, date or TRUE stays one). */
  const readCell = <T>(column: CsvColumn, fn: (cell: Cell) => T, fallback: T): T => attempt(column, () => fn(raw(column)), fallback);
  const instant = (notFuture: boolean) => (c: Cell) => (isBlank(c) ? null : readInstant(c, o.dateOrder, o.now, notFuture));
  const ref = read('ref', (t) => {
    if (t.length > 40) throw new CellError(say('importing.row.refTooLong'));
    if (!isPlainText(t)) throw new CellError(untypableMessage('importing.field.ref'));
    return t === '' ? null : t;
  }, null);
  const occurredAt = readCell('occurred_at', (c) => {
    if (isBlank(c)) throw new CellError(say('importing.row.occurredRequired'));
    // A time in a column of its own is joined to the date (a paper log's "Date" and "Time").
    return readInstant(c, o.dateOrder, o.now, true, raw('occurred_time'));
  }, '');
  const incident: IncidentValues = {
    occurred_at: occurredAt,
    channel: readCell('channel', (c) => (isBlank(c) ? 'in_person' : readChannel(c)), 'in_person'),
    customer_name: read('customer_name', (t) => check(CustomerInput.shape.name, t) ?? '', ''),
    customer_phone: read('customer_phone', (t) => check(CustomerInput.shape.phone, t) ?? '', ''),
    customer_email: read('customer_email', (t) => check(CustomerInput.shape.email, t) ?? '', ''),
    what_happened: read('what_happened', (t) => check(IncidentCreate.shape.whatHappened, t), ''),
    category: read('category', nameOrNull(CategoryCreate.shape.name), null),
    severity: readCell('severity', (c) => (isBlank(c) ? 1 : readSeverity(c)), 1),
    root_cause: read('root_cause', nameOrNull(RootCauseCreate.shape.name), null),
    root_cause_group: read('root_cause_group', (t) => (t === '' ? null : readGroup(t)), null),
    handled_by: read('handled_by', nameOrNull(StaffCreate.shape.name), null),
    team_lead_present: readCell('team_lead_present', readYesNo, null),
    resolved_at: readCell('resolved_at', instant(true), null),
    follow_up_due_at: readCell('follow_up_due_at', instant(false), null),
    followed_up_at: readCell('followed_up_at', instant(true), null),
    score_before: read('score_before', (t) => readScore(t, 'before'), null),
    score_after: read('score_after', (t) => readScore(t, 'after'), null),
    outcome: readCell('outcome', (c) => (isBlank(c) ? 'unknown' : readOutcome(c)), 'unknown'),
    internal_note: read('internal_note', (t) => check(IncidentChanges.shape.internalNote, t) ?? '', ''),
  };
  if (incident.root_cause === null) incident.root_cause_group = null;
  // Past incidents that were dealt with: resolved when they happened, unless the file says when.
  if (o.historic && incident.resolved_at === null && occurredAt !== '') incident.resolved_at = occurredAt;

  let compensation: CompensationValues | null = null;
  // A compensation is its cost: a row with the cost cell empty gives none. Its other cells filled
  // without a cost are a problem rather than a silent $0.00 entry (or a silently dropped one):
  // the owner writes what it cost, 0.00 if nothing, or empties them.
  const details = COMPENSATION_DETAILS.filter((c) => !isBlank(raw(c)));
  // A dash for the cost is "nothing given", as an empty cell is.
  const noCost = isBlank(raw('compensation_cost'));
  if (noCost && details.length > 0) {
    const given = details.map((c) => say('importing.row.givenCell', { column: named(c), text: ellipsize(cell(c), 30) })).join(', ');
    problem(
      'compensation_cost',
      columns.index.compensation_cost === undefined ? say('importing.row.compensationNoCostColumn', { given }) : say('importing.row.compensationNoCost', { given }),
    );
  } else if (!noCost) {
    compensation = {
      // A paper log often notes only what it cost; the kind is then "other".
      kind: readCell('compensation_kind', (c) => (isBlank(c) ? 'other' : readKind(c)), 'other'),
      description: read('compensation_description', (t) => check(CompensationAdd.shape.description, t), ''),
      cost: readCell('compensation_cost', (c) => readCost(c, o.currency, o.locale, o.decimalMark ?? null), 0),
      given_by: read('compensation_given_by', nameOrNull(StaffCreate.shape.name), null),
      given_at: readCell('compensation_given_at', instant(true), null),
      code: read('compensation_code', readVoucherCode, null),
      redeemed_at: readCell('compensation_redeemed_at', instant(true), null),
    };
    const voucherProblem = voucherCellsProblem(compensation, givenAtOf(compensation, incident), named);
    if (voucherProblem && !failed.has('compensation_given_at') && !failed.has('resolved_at')) problem(voucherProblem.column, voucherProblem.reason);
  }
  if (compensation && occurredAt !== '' && !failed.has('resolved_at') && !failed.has('compensation_given_at')) {
    const givenAt = givenAtOf(compensation, incident);
    // The same grace as the app's forms: two counter PCs' clocks may be a few minutes apart.
    if (Date.parse(givenAt) < Date.parse(occurredAt) - CLOCK_GRACE_MS) {
      const occurred = cell('occurred_at');
      problem(
        'compensation_given_at',
        compensation.given_at !== null
          ? say('importing.row.givenBefore', { given: cell('compensation_given_at'), occurred, minutes: CLOCK_GRACE_MINUTES })
          : say('importing.row.datedBefore', {
              resolved: cell('resolved_at'),
              givenColumn: named('compensation_given_at'),
              resolvedColumn: named('resolved_at'),
              occurred,
              minutes: CLOCK_GRACE_MINUTES,
            }),
      );
    }
  }
  problems.sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
  const bad = problems.length > 0;
  return { line: record.line, ref, incident: bad ? null : incident, compensation: bad ? null : compensation, problems };
}
