import type { CsvColumn } from '../../../../shared/schemas/data';
import { isPostgres } from '../db/engine';
import type { Db } from '../db/open';
import { statement } from '../domain/statements';
import { say } from '../i18n/speak';
import type { Mapping } from './columns';
import type { ImportProblem } from './problems';
import { givenAtOf, INCIDENT_COLUMNS, type CompensationValues, type IncidentValues, type ReadRow } from './rows';

/** One incident to write: its ref (null: a new one), its values and its compensations. */
export interface PlannedIncident {
  ref: string | null;
  /** The file's line of its first row, to name it if it cannot be written after all. */
  line: number;
  values: IncidentValues;
  compensations: (CompensationValues & { given_at: string })[];
}

export interface Plan {
  incidents: PlannedIncident[];
  problems: ImportProblem[];
  /** Rows whose incident will not be written. */
  badRows: number;
  /** The file's refs already in the database (its incidents are refused: the write asks which). */
  takenRefs: ReadonlySet<string>;
}

const LOOKUP = {
  ref: { one: 'SELECT 1 FROM incidents WHERE ref = ?', all: 'SELECT ref FROM incidents WHERE ref IN (SELECT json_array_elements_text(?::json))' },
  code: { one: 'SELECT 1 FROM compensations WHERE code = ?', all: 'SELECT code FROM compensations WHERE code IN (SELECT json_array_elements_text(?::json))' },
};

/**
 * Which of `values` are in the database now (refs, or voucher codes, deleted entries included): a
 * prepared lookup each on SQLite, one query on PostgreSQL, where each lookup is a round trip.
 */
function takenAmong(db: Db, what: keyof typeof LOOKUP, values: Iterable<string>): Set<string> {
  const unique = [...new Set(values)];
  if (unique.length === 0) return new Set();
  if (isPostgres(db)) return new Set(statement(db, LOOKUP[what].all).pluck().all(JSON.stringify(unique)) as string[]);
  const one = statement(db, LOOKUP[what].one);
  return new Set(unique.filter((v) => one.get(v) !== undefined));
}

/**
 * Groups rows into incidents (rows sharing a ref are one incident whose columns must agree),
 * refuses refs already in the database, and keeps only incidents whose every row is good.
 */
export function planIncidents(db: Db, rows: ReadRow[], mapping: Mapping, skipBadRows: boolean, fileCodes?: Map<string, number>): Plan {
  const problems: ImportProblem[] = rows.flatMap((r) => r.problems);
  const groups = new Map<string, ReadRow[]>();
  const singles: ReadRow[][] = [];
  for (const row of rows) {
    if (row.ref === null) singles.push([row]);
    else groups.set(row.ref, [...(groups.get(row.ref) ?? []), row]);
  }
  const column = (c: CsvColumn) => mapping[c] ?? c;
  const takenRefs = takenAmong(db, 'ref', groups.keys());
  const takenCodes = takenAmong(db, 'code', rows.flatMap((r) => (r.compensation?.code ? [r.compensation.code] : [])));
  const incidents: PlannedIncident[] = [];
  let badRows = 0;

  for (const group of [...groups.values(), ...singles]) {
    const ref = group[0]?.ref ?? null;
    const flagged = new Set(group.filter((r) => r.incident === null).map((r) => r.line));
    if (ref !== null && takenRefs.has(ref)) {
      for (const r of group) {
        problems.push({ line: r.line, column: column('ref'), reason: say('importing.plan.refTaken', { ref }) });
        flagged.add(r.line);
      }
    }
    const good = group.filter((r): r is ReadRow & { incident: IncidentValues } => r.incident !== null);
    for (const r of good) {
      const reason = codeProblem(takenCodes, r, fileCodes);
      if (reason) {
        problems.push({ line: r.line, column: column('compensation_code'), reason });
        flagged.add(r.line);
      }
    }
    const first = good[0];
    for (const r of good.slice(1)) {
      for (const c of INCIDENT_COLUMNS) {
        if (first && r.incident[c] !== first.incident[c]) {
          problems.push({ line: r.line, column: column(c), reason: say('importing.plan.differs', { ref: String(ref), column: c, line: String(first.line) }) });
          flagged.add(r.line);
        }
      }
    }
    if (flagged.size > 0 || !first) {
      badRows += group.length;
      if (skipBadRows) {
        for (const r of group) {
          if (!flagged.has(r.line)) problems.push({ line: r.line, column: column('ref'), reason: say('importing.plan.otherRowBad', { ref: String(ref) }) });
        }
      }
      continue;
    }
    incidents.push({
      ref,
      line: first.line,
      values: first.incident,
      compensations: group.flatMap((r) => (r.compensation ? [{ ...r.compensation, given_at: givenAtOf(r.compensation, first.incident) }] : [])),
    });
  }
  return { incidents, problems, badRows, takenRefs };
}

/**
 * A voucher code already given: in Makegood (deleted entries too: a code is never given twice), or
 * on an earlier line of the file (`fileCodes`, the check's memory of code → line; the write's
 * planning of a checked file passes none).
 */
function codeProblem(takenCodes: ReadonlySet<string>, row: ReadRow, fileCodes: Map<string, number> | undefined): string | null {
  const code = row.compensation?.code ?? null;
  if (code === null) return null;
  if (takenCodes.has(code)) return say('importing.plan.codeTaken', { code });
  const earlier = fileCodes?.get(code);
  if (earlier !== undefined && earlier !== row.line) return say('importing.plan.codeInFile', { code, line: String(earlier) });
  fileCodes?.set(code, row.line);
  return null;
}

/**
 * The first planned incident whose ref is in the database now: checked again in each transaction of
 * a large import, since another window may have saved that ref after the file was checked.
 */
export function firstTakenRef(db: Db, incidents: readonly PlannedIncident[]): PlannedIncident | undefined {
  const taken = takenAmong(db, 'ref', incidents.flatMap((i) => (i.ref === null ? [] : [i.ref])));
  return incidents.find((i) => i.ref !== null && taken.has(i.ref));
}
