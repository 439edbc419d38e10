import type { z } from 'zod';
import type { ImportRequest, ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { getSettings } from '../repos/settings';
import { ignoredColumns, resolveColumns, type ResolvedColumns } from './columns';
import { readCsv, type CsvRecord } from './csv';
import { planIncidents } from './plan';
import { byLine } from './problems';
import { readRow } from './rows';
import { describeCreated, storeIncidents } from './store';

const NOTHING_CREATED: ImportResult['created'] = { categories: [], rootCauses: [], staff: [] };

/**
 * Checks a CSV file against docs/domain.md's columns and, unless it is a dry run, writes it in one
 * transaction: every incident when there is no problem, or only the good ones with skipBadRows.
 * The counts describe what is (or would be) written.
 */
export function importCsv(db: Db, request: z.output<typeof ImportRequest>, now: Date): ImportResult {
  const file = readCsv(request.csv);
  if ('reason' in file) {
    // Nothing past the problem is read, but a header that was read still shows what its columns are.
    const columns = resolveColumns(file.headers, request.mapping);
    return { headers: file.headers, mapping: columns.mapping, ignoredColumns: ignoredColumns(file.headers, columns, []), rows: 0,
      incidents: 0, compensations: 0, overAllowanceUnapproved: 0, written: false, created: NOTHING_CREATED, problems: [{ line: file.line, column: file.column, reason: file.reason }] };
  }
  const columns = resolveColumns(file.headers, request.mapping);
  const base = {
    headers: file.headers,
    mapping: columns.mapping,
    ignoredColumns: ignoredColumns(file.headers, columns, file.records),
    rows: file.records.length,
  };
  if (file.records.length === 0) columns.problems.push({ line: 2, column: null, reason: 'the file has a header but no rows under it' });
  if (columns.problems.length > 0) {
    return { ...base, incidents: 0, compensations: 0, overAllowanceUnapproved: 0, written: false, created: NOTHING_CREATED, problems: columns.problems };
  }

  const check = () => checkAndStore(db, request, now, columns, file.records);
  // Checked and written under one write lock, so no other window can take a ref in between.
  return { ...base, ...(request.dryRun ? check() : db.transaction(check).immediate()) };
}

function checkAndStore(
  db: Db,
  request: z.output<typeof ImportRequest>,
  now: Date,
  columns: ResolvedColumns,
  records: CsvRecord[],
): Omit<ImportResult, 'headers' | 'mapping' | 'ignoredColumns' | 'rows'> {
  const { currency, locale } = getSettings(db);
  const rows = records.map((r) => readRow(r, columns, { dateFormat: request.dateFormat, currency, locale, now }));
  const plan = planIncidents(db, rows, columns.mapping, request.skipBadRows);
  const problems = plan.problems.sort(byLine);
  const write = !request.dryRun && plan.incidents.length > 0 && (problems.length === 0 || request.skipBadRows);
  const created = describeCreated(db, plan.incidents);
  const stored = storeIncidents(db, plan.incidents, now.toISOString(), !write);
  return {
    incidents: plan.incidents.length,
    compensations: plan.incidents.reduce((n, i) => n + i.compensations.length, 0),
    overAllowanceUnapproved: stored.overAllowanceUnapproved,
    problems,
    written: write,
    created,
  };
}
